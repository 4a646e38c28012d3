import { z } from "zod";
import { fail, parseOrThrow } from "./errors";
import type { Grading } from "./schemas/quiz";

const gradedAttemptSchema = z.strictObject({
  attemptNumber: z.number().int().positive(),
  percent: z.number().min(0).max(100),
});
export type GradedAttempt = z.infer<typeof gradedAttemptSchema>;

const gradingInputSchema = z.strictObject({
  grading: z.enum(["highest", "average", "first", "last"]),
  attempts: z.array(gradedAttemptSchema).max(10_000),
});

/**
 * The learner's grade for a quiz across submitted attempts, in percent, by the quiz's grading
 * rule (highest, average, first or last by attempt number), or null when there are none.
 */
export function gradeAcrossAttempts(
  grading: Grading,
  attempts: readonly GradedAttempt[],
): number | null {
  const input = parseOrThrow(gradingInputSchema, { grading, attempts }, "invalid_argument");
  if (input.attempts.length === 0) return null;
  const sorted = [...input.attempts].sort((a, b) => a.attemptNumber - b.attemptNumber);
  sorted.forEach((a, i) => {
    if (i > 0 && sorted[i - 1]?.attemptNumber === a.attemptNumber)
      fail("invalid_argument", ["attempts"], `attempt number ${a.attemptNumber} appears twice`);
  });
  const percents = sorted.map((a) => a.percent);
  switch (input.grading) {
    case "highest":
      return Math.max(...percents);
    case "average":
      return percents.reduce((s, p) => s + p, 0) / percents.length;
    case "first":
      return percents[0] ?? null;
    case "last":
      return percents[percents.length - 1] ?? null;
  }
}
