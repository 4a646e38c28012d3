import type { Quiz } from "../schemas/quiz";
import type { Attempt } from "./attempt";

/**
 * Penalty fractions per question in immediate-feedback mode: `penaltyPerTry` for every try after
 * the first. A response changed after its last check counts as one more try at submission.
 */
export function penaltiesOf(quiz: Quiz, attempt: Attempt): Record<string, number> {
  const { feedback, penaltyPerTry } = quiz.settings;
  if (feedback !== "immediate" || penaltyPerTry === 0) return {};
  const penalties: Record<string, number> = {};
  for (const [id, check] of Object.entries(attempt.checks)) {
    const tries = check.tries + (check.pending ? 1 : 0);
    if (tries > 1) penalties[id] = Math.min(1, penaltyPerTry * (tries - 1));
  }
  return penalties;
}
