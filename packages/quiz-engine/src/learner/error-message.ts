import { isQuizEngineError } from "../errors";

/** How an api would classify the refusal: a conflict with the attempt's state, not allowed, or bad input. */
export type LearnerRefusalKind = "conflict" | "forbidden" | "bad_request";

/**
 * An engine refusal in words a learner can act on (time is up, already submitted, no attempts
 * left…), or null when the error is not one a learner causes (a bug: let it surface).
 */
export function learnerMessageOf(
  error: unknown,
): { kind: LearnerRefusalKind; message: string } | null {
  if (!isQuizEngineError(error)) return null;
  const first = error.issues[0]?.message ?? error.message;
  switch (error.code) {
    case "attempt_expired":
      return {
        kind: "conflict",
        message:
          "Time is up for this attempt, so answers can no longer be changed. Submit it to see your result.",
      };
    case "attempt_submitted":
      return { kind: "conflict", message: "This attempt was already submitted." };
    case "attempts_exhausted":
      return { kind: "forbidden", message: "You have used all the attempts this quiz allows." };
    case "question_locked":
      return { kind: "conflict", message: "You already answered this question correctly." };
    case "unknown_question":
      return { kind: "bad_request", message: "This attempt has no such question." };
    case "invalid_response":
      return { kind: "bad_request", message: `That answer does not fit the question: ${first}` };
    default:
      return null;
  }
}
