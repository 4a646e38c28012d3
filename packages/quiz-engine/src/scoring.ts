import { fail, type IssuePath } from "./errors";
import type { Question } from "./schemas/question";
import type { Response } from "./schemas/response";
import { moduleFor } from "./types/registry";
import type { ScoredResponse } from "./types/question-type";
import { parseQuestion } from "./validated";

/** Scoring outcome of one question. */
export type QuestionStatus = "correct" | "partially_correct" | "incorrect" | "unanswered";

export interface QuestionScore extends ScoredResponse {
  status: QuestionStatus;
  earned: number;
  max: number;
  /** Share of the points taken off for extra tries (immediate feedback), already deducted. */
  penalty: number;
}

/** Validate a learner's response against its question: shape, referenced ids, duplicates, caps. */
export function validateResponse(
  question: Question,
  response: unknown,
  path: IssuePath = ["response"],
): Response {
  const valid = parseQuestion(question);
  if (response === undefined || response === null)
    fail("invalid_response", path, "a response is required");
  return moduleFor(valid.type).validateResponse(valid, response, path);
}

/** Status from an earned fraction. */
export function statusOf(fraction: number | null): QuestionStatus {
  if (fraction === null) return "unanswered";
  if (fraction >= 1 - 1e-12) return "correct";
  return fraction > 0 ? "partially_correct" : "incorrect";
}

/** Score an already validated response (internal fast path). */
export function scoreValidResponse(
  question: Question,
  response: Response | undefined,
  penalty = 0,
): QuestionScore {
  if (response === undefined)
    return {
      status: "unanswered",
      earned: 0,
      max: question.points,
      fraction: 0,
      penalty: 0,
      feedback: [],
      misconceptions: [],
    };
  const scored = moduleFor(question.type).score(question, response);
  const fraction = Math.max(0, scored.fraction - penalty);
  // An explicit literal (not a spread) keeps one object shape on this hot path.
  return {
    status: statusOf(scored.fraction),
    earned: fraction * question.points,
    max: question.points,
    fraction,
    penalty: scored.fraction - fraction,
    feedback: scored.feedback,
    misconceptions: scored.misconceptions,
  };
}

/**
 * Score one response (undefined = unanswered). Points earned are always within [0, points].
 * Throws QuizEngineError for an invalid question or response.
 */
export function scoreQuestion(question: Question, response: unknown): QuestionScore {
  const valid = parseQuestion(question);
  if (response === undefined) return scoreValidResponse(valid, undefined);
  return scoreValidResponse(valid, validateResponse(valid, response));
}
