import type { Quiz } from "../schemas/quiz";
import { questionFinding, type ItemFinding } from "./finding";

/**
 * Two-item ordering questions (warning): there are only two orders, so a guess is right half the
 * time (and a learner who works out that the shown order is never the answer just swaps them).
 */
export function checkTwoItemOrdering(quiz: Quiz): ItemFinding[] {
  return quiz.questions.flatMap((question, index) =>
    question.type === "ordering" && question.items.length === 2
      ? [
          questionFinding(
            "warning",
            "two-item-ordering",
            question,
            index,
            ["items"],
            "This ordering question has only two items: one of two orders is right, so it can be guessed.",
            "Add at least one more step to put in order, or ask it as a single-choice or true/false question.",
          ),
        ]
      : [],
  );
}
