import { z } from "zod";
import { parseOrThrow } from "./errors";

export const MASTERY_LEVELS = [
  "not_started",
  "attempted",
  "familiar",
  "proficient",
  "mastered",
] as const;
export type MasteryLevel = (typeof MASTERY_LEVELS)[number];

/** Minimum percent of an objective's points for each level; defaults 50 / 75 / 90. */
export const masteryThresholdsSchema = z
  .strictObject({
    familiar: z.number().min(0).max(100).default(50),
    proficient: z.number().min(0).max(100).default(75),
    mastered: z.number().min(0).max(100).default(90),
  })
  .refine((t) => t.familiar <= t.proficient && t.proficient <= t.mastered, {
    message: "thresholds must rise: familiar <= proficient <= mastered",
  })
  .prefault({});
export type MasteryThresholds = z.infer<typeof masteryThresholdsSchema>;
export type MasteryThresholdsInput = z.input<typeof masteryThresholdsSchema>;

/** Validate thresholds (all optional), filling in defaults. */
export function parseMasteryThresholds(input: unknown): MasteryThresholds {
  return parseOrThrow(masteryThresholdsSchema, input, "invalid_argument", ["mastery"]);
}

/**
 * The mastery level for an objective: `not_started` if none of its questions was answered,
 * otherwise by the percent of its points earned.
 */
export function masteryLevel(
  percent: number,
  answered: boolean,
  thresholds: MasteryThresholds,
): MasteryLevel {
  if (!answered) return "not_started";
  if (percent >= thresholds.mastered) return "mastered";
  if (percent >= thresholds.proficient) return "proficient";
  if (percent >= thresholds.familiar) return "familiar";
  return "attempted";
}

/** Whether a level is below `proficient` (and so worth a review). */
export function needsReview(level: MasteryLevel): boolean {
  return MASTERY_LEVELS.indexOf(level) < MASTERY_LEVELS.indexOf("proficient");
}
