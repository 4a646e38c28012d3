import { fail, parseOrThrow } from "../errors";
import { parseMasteryThresholds, type MasteryThresholdsInput } from "../mastery";
import { buildResult, type AttemptResult } from "../result";
import type { Question } from "../schemas/question";
import type { Quiz } from "../schemas/quiz";
import type { Response } from "../schemas/response";
import { scoreValidResponse, type QuestionScore } from "../scoring";
import { moduleFor } from "../types/registry";
import { parseQuiz } from "../validated";
import { instantSchema, type Attempt } from "./attempt";
import { responseFromLearner } from "./learner-ids";
import { parseAttempt, sealAttempt } from "./parse-attempt";

/**
 * Attempt lifecycle, as a state machine over immutable attempts:
 *   assembleAttempt → open ──recordResponse / clearResponse / checkAnswer──→ open
 *                     open ──submitAttempt──→ submitted (final; result)
 * An open attempt accepts responses until its deadline plus grace; a submitted one never.
 */

/** Whether an attempt still accepts responses at `now`. */
export function acceptsResponses(attempt: Attempt, now: number): boolean {
  if (attempt.status !== "open") return false;
  return attempt.deadline === null || now <= attempt.deadline + attempt.graceSeconds * 1000;
}

/** The quiz, attempt and instant, checked: the attempt is open and still takes answers at `now`. */
export function openAttemptAt(
  quiz: unknown,
  attempt: unknown,
  now: unknown,
): { quiz: Quiz; attempt: Attempt; now: number } {
  const validQuiz = parseQuiz(quiz);
  const validAttempt = parseAttempt(validQuiz, attempt);
  const at = parseOrThrow(instantSchema, now, "invalid_argument", ["now"]);
  if (validAttempt.status === "submitted")
    fail("attempt_submitted", ["status"], "the attempt was already submitted");
  if (at < validAttempt.startedAt)
    fail("invalid_argument", ["now"], "now is before the attempt started");
  if (!acceptsResponses(validAttempt, at))
    fail("attempt_expired", ["deadline"], "the time limit (and grace period) has passed");
  return { quiz: validQuiz, attempt: validAttempt, now: at };
}

function askedQuestion(quiz: Quiz, attempt: Attempt, questionId: unknown): Question {
  const id =
    typeof questionId === "string"
      ? questionId
      : fail("invalid_argument", ["questionId"], "must be a string");
  const question = attempt.questionIds.includes(id)
    ? quiz.questions.find((q) => q.id === id)
    : undefined;
  if (!question)
    fail("unknown_question", ["questionId"], `this attempt has no question "${id.slice(0, 80)}"`);
  if (attempt.checks[id]?.solved)
    fail("question_locked", ["questionId"], `question "${id}" was already answered correctly`);
  return question;
}

/**
 * Whose ids a response uses: "authored" (the quiz file's, for code and tests) or "learner" (the
 * attempt's opaque ids, as a learner's browser sends them; any other id is refused).
 */
export interface ResponseIds {
  idsFrom?: "authored" | "learner";
}

/** A response checked against its question, in authored ids (as stored). */
function validResponseOf(
  question: Question,
  attempt: Attempt,
  response: unknown,
  { idsFrom = "authored" }: ResponseIds,
): Response {
  const authored =
    idsFrom === "learner" ? responseFromLearner(question, attempt.seed, response) : response;
  return moduleFor(question.type).validateResponse(question, authored, ["response"]);
}

/** Save (or replace) the learner's response to one question. Returns the new attempt. */
export function recordResponse(
  quiz: Quiz,
  attempt: Attempt,
  questionId: string,
  response: unknown,
  now: number,
  ids: ResponseIds = {},
): Attempt {
  const open = openAttemptAt(quiz, attempt, now);
  const question = askedQuestion(open.quiz, open.attempt, questionId);
  const valid = validResponseOf(question, open.attempt, response, ids);
  const check = open.attempt.checks[question.id];
  return sealAttempt({
    ...open.attempt,
    responses: { ...open.attempt.responses, [question.id]: valid },
    checks: check
      ? { ...open.attempt.checks, [question.id]: { ...check, pending: true } }
      : open.attempt.checks,
  });
}

/** Remove the learner's response to one question (it becomes unanswered). */
export function clearResponse(
  quiz: Quiz,
  attempt: Attempt,
  questionId: string,
  now: number,
): Attempt {
  const open = openAttemptAt(quiz, attempt, now);
  const question = askedQuestion(open.quiz, open.attempt, questionId);
  const responses = Object.fromEntries(
    Object.entries(open.attempt.responses).filter(([id]) => id !== question.id),
  );
  return sealAttempt({ ...open.attempt, responses });
}

export interface CheckedAnswer {
  attempt: Attempt;
  /** Score of this try, penalty for earlier tries included. */
  score: QuestionScore;
  tries: number;
  explanation: string | null;
}

/**
 * Immediate-feedback mode: save a response and score it now. Each try after the first costs
 * `penaltyPerTry`; a fully correct try locks the question.
 */
export function checkAnswer(
  quiz: Quiz,
  attempt: Attempt,
  questionId: string,
  response: unknown,
  now: number,
  ids: ResponseIds = {},
): CheckedAnswer {
  const open = openAttemptAt(quiz, attempt, now);
  if (open.quiz.settings.feedback !== "immediate")
    fail(
      "invalid_argument",
      ["settings", "feedback"],
      'checking answers needs feedback: "immediate"',
    );
  const question = askedQuestion(open.quiz, open.attempt, questionId);
  const valid = validResponseOf(question, open.attempt, response, ids);
  const tries = (open.attempt.checks[question.id]?.tries ?? 0) + 1;
  const penalty = Math.min(1, open.quiz.settings.penaltyPerTry * (tries - 1));
  const score = scoreValidResponse(question, valid, penalty);
  const next = sealAttempt({
    ...open.attempt,
    responses: { ...open.attempt.responses, [question.id]: valid },
    checks: {
      ...open.attempt.checks,
      [question.id]: { tries, pending: false, solved: score.status === "correct" },
    },
  });
  return {
    attempt: next,
    score,
    tries,
    explanation: score.status === "correct" ? question.explanation : null,
  };
}

export interface SubmitOptions {
  /** Mastery thresholds in percent; defaults 50 / 75 / 90. */
  mastery?: MasteryThresholdsInput;
}

/**
 * Submit an attempt and score it. Allowed after the deadline (auto-submit): responses were only
 * ever accepted in time. A submitted attempt cannot be submitted again.
 */
export function submitAttempt(
  quiz: Quiz,
  attempt: Attempt,
  now: number,
  options: SubmitOptions = {},
): { attempt: Attempt; result: AttemptResult } {
  const validQuiz = parseQuiz(quiz);
  const validAttempt = parseAttempt(validQuiz, attempt);
  const at = parseOrThrow(instantSchema, now, "invalid_argument", ["now"]);
  const thresholds = parseMasteryThresholds(options.mastery);
  if (validAttempt.status === "submitted")
    fail("attempt_submitted", ["status"], "the attempt was already submitted");
  if (at < validAttempt.startedAt)
    fail("invalid_argument", ["now"], "now is before the attempt started");
  const submitted = sealAttempt({ ...validAttempt, status: "submitted", submittedAt: at });
  return { attempt: submitted, result: buildResult(validQuiz, submitted, thresholds) };
}

/**
 * The result of an already submitted attempt (e.g. to show it again later). `recheck` checks
 * the attempt against this quiz even when the engine sealed it (for another revision).
 */
export function resultOfAttempt(
  quiz: Quiz,
  attempt: Attempt,
  options: SubmitOptions & { recheck?: boolean } = {},
): AttemptResult {
  const validQuiz = parseQuiz(quiz);
  const validAttempt = parseAttempt(validQuiz, attempt, { recheck: options.recheck ?? false });
  if (validAttempt.status !== "submitted")
    fail("invalid_attempt", ["status"], "the attempt has not been submitted yet");
  return buildResult(validQuiz, validAttempt, parseMasteryThresholds(options.mastery));
}
