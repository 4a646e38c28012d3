import { fail } from "../errors";
import type { Quiz } from "../schemas/quiz";
import { parseQuiz } from "../validated";
import type { Attempt } from "./attempt";
import { openAttemptAt } from "./lifecycle";
import { parseAttempt, sealAttempt } from "./parse-attempt";

/**
 * Note the question the learner is on (they moved to it), so the attempt resumes there, on any
 * device. Only for an open attempt still taking answers; returns the new attempt.
 */
export function visitQuestion(
  quiz: Quiz,
  attempt: Attempt,
  questionId: string,
  now: number,
): Attempt {
  const open = openAttemptAt(quiz, attempt, now);
  if (!open.attempt.questionIds.includes(questionId))
    fail(
      "unknown_question",
      ["questionId"],
      `this attempt has no question "${questionId.slice(0, 80)}"`,
    );
  if (open.attempt.lastQuestionId === questionId) return open.attempt;
  return sealAttempt({ ...open.attempt, lastQuestionId: questionId });
}

/**
 * Where an attempt resumes (0-based position): the question the learner was last on, else the
 * first one without a saved answer, else the first.
 */
export function resumePosition(quiz: Quiz, attempt: Attempt): number {
  const state = parseAttempt(parseQuiz(quiz), attempt);
  const last =
    state.lastQuestionId === undefined ? -1 : state.questionIds.indexOf(state.lastQuestionId);
  if (last >= 0) return last;
  const firstOpen = state.questionIds.findIndex((id) => !Object.hasOwn(state.responses, id));
  return firstOpen >= 0 ? firstOpen : 0;
}
