import { z } from "zod";
import { checkUnique, questionBaseShape } from "../common";
import { LIMITS } from "../limits";

export const toleranceSchema = z.strictObject({
  kind: z.enum(["absolute", "relative"]),
  value: z.number().min(0).max(1e12),
});
export type Tolerance = z.infer<typeof toleranceSchema>;

/**
 * A number, right within a tolerance. `units` lists accepted spellings of the unit; a response
 * may omit the unit, but a unit it gives must be one of them.
 */
export const numericQuestionSchema = z
  .strictObject({
    ...questionBaseShape,
    type: z.literal("numeric"),
    answer: z.number(),
    tolerance: toleranceSchema.default({ kind: "absolute", value: 0 }),
    units: z.array(z.string().trim().min(1).max(LIMITS.unitLength)).min(1).max(20).optional(),
  })
  .superRefine((q, ctx) => {
    if (q.units)
      checkUnique(
        ctx,
        q.units.map((u) => u.toLowerCase()),
        (i) => ["units", i],
        "unit",
      );
  });
export type NumericQuestion = z.infer<typeof numericQuestionSchema>;
