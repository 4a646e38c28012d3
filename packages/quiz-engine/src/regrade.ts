import { isQuizEngineError } from "./errors";
import { resultOfAttempt, type SubmitOptions } from "./attempt/lifecycle";
import type { AttemptResult } from "./result";
import type { Quiz } from "./schemas/quiz";

/** The score an attempt has now: what a regrade compares the corrected quiz's score with. */
export interface StoredScore {
  points: number;
  maxPoints: number;
  percent: number;
  passed: boolean;
  /** Marks per question as stored (the previous result's questions). */
  questions: readonly { questionId: string; earned: number; max: number }[];
}

export type RegradeOutcome =
  | {
      kind: "rescored";
      result: AttemptResult;
      /** The score or any question's marks differ from the stored ones. */
      changed: boolean;
      /** Questions whose marks changed (earned or max). */
      changedQuestions: string[];
      passFlip: "none" | "now_passes" | "now_fails";
      /** After minus before, in points. */
      pointsDelta: number;
    }
  /** The attempt cannot be scored against this quiz (a question it asked is gone or changed shape). */
  | { kind: "incompatible"; reason: string };

const EPSILON = 1e-9;
const differs = (a: number, b: number) => Math.abs(a - b) > EPSILON;

/**
 * Scores a submitted attempt against a corrected quiz (same responses, new key, points or
 * scoring) and compares with its stored score. Pure: the caller decides what to keep.
 */
export function regradeAttempt(
  quiz: Quiz,
  attempt: unknown,
  stored: StoredScore,
  options: SubmitOptions = {},
): RegradeOutcome {
  let result: AttemptResult;
  try {
    // Checked against this quiz even if the engine sealed it for another revision (no copy needed:
    // checking builds a new attempt and never changes the input).
    result = resultOfAttempt(quiz, attempt as never, { ...options, recheck: true });
  } catch (error) {
    if (isQuizEngineError(error))
      return { kind: "incompatible", reason: error.issues[0]?.message ?? error.message };
    throw error;
  }
  const before = new Map(stored.questions.map((q) => [q.questionId, q]));
  const changedQuestions = result.questions
    .filter((q) => {
      const old = before.get(q.questionId);
      return !old || differs(old.earned, q.earned) || differs(old.max, q.max);
    })
    .map((q) => q.questionId);
  const passFlip =
    stored.passed === result.passed ? "none" : result.passed ? "now_passes" : "now_fails";
  const changed =
    changedQuestions.length > 0 ||
    differs(stored.points, result.points) ||
    differs(stored.maxPoints, result.maxPoints) ||
    passFlip !== "none";
  return {
    kind: "rescored",
    result,
    changed,
    changedQuestions,
    passFlip,
    pointsDelta: result.points - stored.points,
  };
}
