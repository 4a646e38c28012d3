import type { Quiz } from "../schemas/quiz";
import { questionFinding, type ItemFinding } from "./finding";
import { optionListsOf } from "./option-lists";
import { plainText } from "./text";

// "All of the above", "none of these", "both of the above", "neither of them"...
const CATCH_ALL =
  /\b(?:all|none|both|neither)\s+of\s+the\s+(?:above|options)\b|^(?:all|none|both|neither)\s+of\s+(?:these|those|them)\.?$|^(?:any|all)\s+of\s+the\s+above\b/iu;

/** Whether an option text is a catch-all such as "All of the above" or "None of these". */
export function isCatchAllOption(text: string): boolean {
  return CATCH_ALL.test(plainText(text));
}

/**
 * "All / none of the above" (error): such options test reading of the other options, not the
 * lesson, and stop making sense once options are shuffled.
 */
export function checkCatchAllOptions(quiz: Quiz): ItemFinding[] {
  return quiz.questions.flatMap((question, index) =>
    optionListsOf(question)
      .filter((list) => list.hasKey)
      .flatMap((list) =>
        list.entries.flatMap((entry, e) =>
          isCatchAllOption(entry.text)
            ? [
                questionFinding(
                  "error",
                  "catch-all-option",
                  question,
                  index,
                  [...list.path, e, "text"],
                  `The option "${plainText(entry.text)}" refers to the other options. It can be answered by spotting two true options, and it breaks when options are shuffled.`,
                  "Replace it with a stand-alone option, or make the question multiple-response and let learners tick every option that applies.",
                ),
              ]
            : [],
        ),
      ),
  );
}
