import { distance } from "fastest-levenshtein";
import { normaliseAnswer } from "../text/normalise";
import type { Quiz } from "../schemas/quiz";
import { questionFinding, type ItemFinding } from "./finding";
import { optionListsOf } from "./option-lists";
import { plainText } from "./text";

/** Two option texts at least this similar (1 - edit distance / longer length) read as the same. */
export const NEAR_DUPLICATE_SIMILARITY = 0.85;

function comparable(text: string): string {
  return normaliseAnswer(plainText(text)).replace(/[.!?;:,]+$/u, "");
}

/** Similarity of two option texts in [0, 1]: 1 for the same text after normalising. */
export function optionSimilarity(a: string, b: string): number {
  const left = comparable(a);
  const right = comparable(b);
  const longer = Math.max(left.length, right.length);
  return longer === 0 ? 1 : 1 - distance(left, right) / longer;
}

/**
 * Duplicate or near-duplicate options (warning): two options that say the same thing are either
 * both right or both wrong, so a learner can rule them out together.
 */
export function checkDuplicateOptions(quiz: Quiz): ItemFinding[] {
  const findings: ItemFinding[] = [];
  quiz.questions.forEach((question, index) => {
    for (const list of optionListsOf(question)) {
      list.entries.forEach((entry, e) => {
        const earlier = list.entries
          .slice(0, e)
          .find((other) => optionSimilarity(other.text, entry.text) >= NEAR_DUPLICATE_SIMILARITY);
        if (!earlier) return;
        const same = comparable(earlier.text) === comparable(entry.text);
        findings.push(
          questionFinding(
            "warning",
            "duplicate-option",
            question,
            index,
            [...list.path, e, "text"],
            same
              ? `"${plainText(entry.text)}" repeats the option "${earlier.id}".`
              : `"${plainText(entry.text)}" is almost the same as "${plainText(earlier.text)}" (option "${earlier.id}"); learners can rule both out together or must guess at a small wording difference.`,
            "Make each option a different idea, and put the difference where it matters, not in a word or two.",
          ),
        );
      });
    }
  });
  return findings;
}
