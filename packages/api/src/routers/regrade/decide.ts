import { regradeAttempt, type Quiz, type RegradeOutcome } from "@soleus/quiz-engine";
import type { CandidateAttempt } from "./regrade-source";

export type RegradeMode = "all" | "raise_only";

/** What a regrade does with one attempt. */
export type Decision =
  | { action: "rewrite"; outcome: Extract<RegradeOutcome, { kind: "rescored" }> }
  | { action: "keep"; why: "lower" | "incompatible"; reason?: string; outcome?: RegradeOutcome };

const EPSILON = 1e-9;

/**
 * The engine scores the attempt against the corrected quiz; "raise_only" keeps a lower
 * percentage as it was. An attempt that no longer fits the quiz is kept unchanged.
 */
export function decideRegrade(quiz: Quiz, attempt: CandidateAttempt, mode: RegradeMode): Decision {
  const outcome = regradeAttempt(quiz, attempt.state, attempt.stored);
  if (outcome.kind === "incompatible")
    return { action: "keep", why: "incompatible", reason: outcome.reason, outcome };
  if (mode === "raise_only" && outcome.result.percent < attempt.stored.percent - EPSILON)
    return { action: "keep", why: "lower", outcome };
  return { action: "rewrite", outcome };
}
