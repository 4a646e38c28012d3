import { TRPCError } from "@trpc/server";
import { isQuizEngineError } from "@soleus/quiz-engine";

/** Runs engine work, turning its errors into messages a learner can act on. */
export function withEngineErrors<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (!isQuizEngineError(error)) throw error;
    const first = error.issues[0]?.message ?? error.message;
    switch (error.code) {
      case "attempt_expired":
        throw new TRPCError({
          code: "CONFLICT",
          message:
            "Time is up for this attempt, so answers can no longer be changed. Submit it to see your result.",
        });
      case "attempt_submitted":
        throw new TRPCError({ code: "CONFLICT", message: "This attempt was already submitted." });
      case "attempts_exhausted":
        throw new TRPCError({
          code: "FORBIDDEN",
          message: "You have used all the attempts this quiz allows.",
        });
      case "question_locked":
        throw new TRPCError({
          code: "CONFLICT",
          message: "You already answered this question correctly.",
        });
      case "unknown_question":
        throw new TRPCError({ code: "BAD_REQUEST", message: "This attempt has no such question." });
      case "invalid_response":
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: `That answer does not fit the question: ${first}`,
        });
      default:
        throw error;
    }
  }
}
