import { z } from "zod";
import { checkUnique, questionBaseShape } from "../common";
import { LIMITS } from "../limits";

export const toleranceSchema = z.strictObject({
  kind: z.enum(["absolute", "relative"]),
  value: z.number().min(0).max(1e12),
});
export type Tolerance = z.infer<typeof toleranceSchema>;

const unitText = z.string().trim().min(1).max(LIMITS.unitLength);

/** One unit: the name learners see, and other spellings accepted for it ("deg", "°"). */
export const unitSchema = z.strictObject({
  name: unitText,
  aliases: z.array(unitText).max(20).default([]),
});
export type Unit = z.infer<typeof unitSchema>;

/**
 * A number, right within a tolerance. `unit` names the unit and its other accepted spellings; a
 * response may omit the unit, but a unit it gives must be one of them. `units` is the older
 * form of the same thing: a list of spellings of one unit, the first being its name.
 */
export const numericQuestionSchema = z
  .strictObject({
    ...questionBaseShape,
    type: z.literal("numeric"),
    answer: z.number(),
    tolerance: toleranceSchema.default({ kind: "absolute", value: 0 }),
    unit: unitSchema.optional(),
    units: z.array(unitText).min(1).max(20).optional(),
  })
  .superRefine((q, ctx) => {
    if (q.unit && q.units)
      ctx.addIssue({
        code: "custom",
        path: ["units"],
        message: "give the unit once: `unit` (name and aliases) or `units`, not both",
      });
    const spellings = q.unit ? [q.unit.name, ...q.unit.aliases] : (q.units ?? []);
    checkUnique(
      ctx,
      spellings.map((u) => u.toLowerCase()),
      (i) => (q.unit ? (i === 0 ? ["unit", "name"] : ["unit", "aliases", i - 1]) : ["units", i]),
      "unit spelling",
    );
  });
export type NumericQuestion = z.infer<typeof numericQuestionSchema>;

/** A numeric question's unit as name + aliases (from either form), or null when it has none. */
export function unitOf(question: NumericQuestion): Unit | null {
  if (question.unit) return question.unit;
  const [name, ...aliases] = question.units ?? [];
  return name === undefined ? null : { name, aliases };
}
