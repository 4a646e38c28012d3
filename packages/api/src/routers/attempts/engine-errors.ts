import { TRPCError } from "@trpc/server";
import { learnerMessageOf } from "@soleus/quiz-engine";

const CODES = { conflict: "CONFLICT", forbidden: "FORBIDDEN", bad_request: "BAD_REQUEST" } as const;

/** Runs engine work, turning its errors into messages a learner can act on (the engine's words). */
export function withEngineErrors<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    const refusal = learnerMessageOf(error);
    if (!refusal) throw error;
    throw new TRPCError({ code: CODES[refusal.kind], message: refusal.message });
  }
}
