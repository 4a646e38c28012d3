import type { CheckedAnswer } from "../attempt/lifecycle";
import type { QuestionStatus } from "../scoring";

/** What a learner is told after "Check my answer" (immediate feedback): no key, no other question. */
export interface LearnerCheckOutcome {
  questionId: string;
  status: QuestionStatus;
  earned: number;
  max: number;
  /** Share of the points taken off for the earlier tries, already deducted from `earned`. */
  penalty: number;
  tries: number;
  feedback: string[];
  /** The explanation only once the question is answered fully right (it would give the answer away). */
  explanation: string | null;
  /** A fully right answer locks the question. */
  locked: boolean;
}

/**
 * The learner's view of one checked answer, as both the attempts api and the editor's preview
 * report it: the try's score with its penalty, the chosen options' feedback, and the explanation
 * only when the try was fully right.
 */
export function checkOutcomeForLearner(
  questionId: string,
  checked: CheckedAnswer,
): LearnerCheckOutcome {
  const { score } = checked;
  return {
    questionId,
    status: score.status,
    earned: score.earned,
    max: score.max,
    penalty: score.penalty,
    tries: checked.tries,
    feedback: score.feedback,
    explanation: checked.explanation,
    locked: score.status === "correct",
  };
}
