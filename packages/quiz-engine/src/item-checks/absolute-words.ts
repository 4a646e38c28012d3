import type { Quiz } from "../schemas/quiz";
import { questionFinding, type ItemFinding } from "./finding";
import { containsPhrase, plainText } from "./text";

/** Words that make a statement sweeping; test-wise learners mark such statements false. */
export const ABSOLUTE_WORDS = [
  "always",
  "never",
  "only",
  "no longer",
  "all",
  "none",
  "every",
  "everyone",
  "nothing",
  "completely",
  "entirely",
  "impossible",
  "guaranteed",
] as const;

/** The absolute words a statement uses (whole words, any case). */
export function absoluteWordsIn(statement: string): string[] {
  const text = plainText(statement).replace(/^true or false\s*:\s*/iu, "");
  return ABSOLUTE_WORDS.filter((word) => containsPhrase(text, word));
}

/**
 * Absolute words in true/false statements (warning): "always", "never", "only" and the like
 * signal "false" (and, when the statement is true anyway, mislead the careful learner).
 */
export function checkAbsoluteWords(quiz: Quiz): ItemFinding[] {
  return quiz.questions.flatMap((question, index) => {
    if (question.type !== "true_false") return [];
    const words = absoluteWordsIn(question.prompt);
    if (words.length === 0) return [];
    return [
      questionFinding(
        "warning",
        "absolute-words",
        question,
        index,
        ["prompt"],
        `The statement uses ${words.map((w) => `"${w}"`).join(", ")}. Sweeping words give true/false statements away: learners guess "false" without knowing the lesson.`,
        "State the idea without the sweeping word (say what happens, how often or when), or ask it as a single-choice question.",
      ),
    ];
  });
}
