import { z } from "zod";
import { ACKNOWLEDGEABLE_CHECKS } from "../item-checks/finding";
import { LIMITS } from "./limits";

/** Question and quiz ids: lowercase slug, as in docs/authoring.md. */
export const questionIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "must be a lowercase slug of 1-64 characters (a-z, 0-9, -)");

/** Objective ids and lesson slugs: lowercase slug. */
export const slugSchema = z
  .string()
  .max(LIMITS.idLength)
  .regex(/^[a-z0-9][a-z0-9-]*$/, "must be a lowercase slug (a-z, 0-9, -)");

/** Ids local to one question: options, items, prompts, answers, blanks. */
export const localIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, "must be 1-64 characters of A-Z, a-z, 0-9, _ or -");

export const textSchema = (max: number) => z.string().trim().min(1, "must not be empty").max(max);

/** The lesson section that teaches a question: a lesson slug and a heading anchor. */
export const sectionSchema = z.strictObject({
  lesson: slugSchema,
  anchor: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[^\s#]+$/u, "must be a heading anchor (no spaces or #)"),
});
export type Section = z.infer<typeof sectionSchema>;

/** Report every value that occurs more than once, at the path of its second occurrence. */
export function checkUnique(
  ctx: z.RefinementCtx,
  values: readonly string[],
  pathOf: (index: number) => PropertyKey[],
  what: string,
): void {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (seen.has(value))
      ctx.addIssue({
        code: "custom",
        message: `duplicate ${what} "${value}"`,
        path: pathOf(index),
      });
    seen.add(value);
  });
}

/**
 * A warning of the item checks that the author keeps on purpose, with the reason (shown in
 * `content:check` and to reviewers; never sent to learners).
 */
export const acknowledgementSchema = z.strictObject({
  check: z.enum(ACKNOWLEDGEABLE_CHECKS, {
    error: `must be one of the checks that warn: ${ACKNOWLEDGEABLE_CHECKS.join(", ")}`,
  }),
  reason: z
    .string()
    .trim()
    .min(10, "say in a sentence why this warning is kept (at least 10 characters)")
    .max(500),
});
export type Acknowledgement = z.infer<typeof acknowledgementSchema>;

/** Fields every question carries, whatever its type. */
export const questionBaseShape = {
  id: questionIdSchema,
  prompt: textSchema(LIMITS.promptLength),
  points: z.number().positive().max(1000).default(1),
  objectives: z.array(slugSchema).min(1, "needs at least one objective").max(20),
  section: sectionSchema,
  explanation: textSchema(LIMITS.explanationLength),
  tags: z.array(slugSchema).max(20).default([]),
  acknowledged: z.array(acknowledgementSchema).max(20).optional(),
};
