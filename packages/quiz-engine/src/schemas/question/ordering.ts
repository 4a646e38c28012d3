import { z } from "zod";
import { checkUnique, questionBaseShape } from "../common";
import { LIMITS } from "../limits";
import { optionTextShape } from "./choice-option";

export const orderingScoringSchema = z.enum(["exact", "pairs"]);
export type OrderingScoring = z.infer<typeof orderingScoringSchema>;

/** Items listed in their correct order; the learner puts a shuffled copy back in order. */
export const orderingQuestionSchema = z
  .strictObject({
    ...questionBaseShape,
    type: z.literal("ordering"),
    items: z
      .array(z.strictObject(optionTextShape))
      .min(2, "needs at least two items")
      .max(LIMITS.items),
    scoring: orderingScoringSchema.default("pairs"),
  })
  .superRefine((q, ctx) => {
    checkUnique(
      ctx,
      q.items.map((o) => o.id),
      (i) => ["items", i, "id"],
      "item id",
    );
  });
export type OrderingQuestion = z.infer<typeof orderingQuestionSchema>;
