import type { Quiz } from "../schemas/quiz";
import { questionFinding, type ItemFinding } from "./finding";
import { wordsOf } from "./text";

/** A wrong option is implausibly short at or below this share of the other options' median length... */
export const SHORT_DISTRACTOR_SHARE = 1 / 3;
/** ...when the other options run to at least this many words (short lists of terms are fine). */
export const SHORT_DISTRACTOR_MIN_WORDS = 6;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Implausibly short distractors (warning): a wrong option of a word or two among full sentences
 * is ruled out at a glance, so the question has one option fewer than it seems.
 */
export function checkShortDistractors(quiz: Quiz): ItemFinding[] {
  return quiz.questions.flatMap((question, index) => {
    if (question.type !== "single_choice" && question.type !== "multiple_response") return [];
    const counts = question.options.map((o) => wordsOf(o.text).length);
    return question.options.flatMap((option, o) => {
      if (option.correct) return [];
      const others = median(counts.filter((_, k) => k !== o));
      const own = counts[o] ?? 0;
      if (others < SHORT_DISTRACTOR_MIN_WORDS || own > SHORT_DISTRACTOR_SHARE * others) return [];
      return [
        questionFinding(
          "warning",
          "short-distractor",
          question,
          index,
          ["options", o, "text"],
          `The wrong option "${option.text}" has ${own} word(s) where the others have about ${Math.round(others)}; it stands out as filler.`,
          "Write it as a full, believable answer: a mistake a learner who skimmed the lesson might make.",
        ),
      ];
    });
  });
}
