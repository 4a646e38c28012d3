import { z } from "zod";
import { checkUnique, questionBaseShape } from "../common";
import { optionCommentShape, optionListSchema, optionTextShape } from "./choice-option";

export const multipleResponseScoringSchema = z.enum([
  "all_or_nothing",
  "fractions",
  "right_minus_wrong",
]);
export type MultipleResponseScoring = z.infer<typeof multipleResponseScoringSchema>;

export const multipleResponseOptionSchema = z.strictObject({
  ...optionTextShape,
  correct: z.boolean(),
  /** Only for `scoring: fractions`: the share of the points this option adds (or, if negative, takes away). */
  fraction: z.number().min(-1).max(1).optional(),
  ...optionCommentShape,
});

/**
 * Several right options. With `fractions`, either every option has a fraction (correct ones
 * positive and summing to 1, wrong ones zero or negative) or none has and defaults apply.
 */
export const multipleResponseQuestionSchema = z
  .strictObject({
    ...questionBaseShape,
    type: z.literal("multiple_response"),
    options: optionListSchema(multipleResponseOptionSchema),
    scoring: multipleResponseScoringSchema.default("all_or_nothing"),
  })
  .superRefine((q, ctx) => {
    checkUnique(
      ctx,
      q.options.map((o) => o.id),
      (i) => ["options", i, "id"],
      "option id",
    );
    if (!q.options.some((o) => o.correct)) {
      ctx.addIssue({
        code: "custom",
        path: ["options"],
        message: "needs at least one correct option",
      });
    }
    const withFraction = q.options.filter((o) => o.fraction !== undefined).length;
    if (withFraction === 0) return;
    if (q.scoring !== "fractions") {
      ctx.addIssue({
        code: "custom",
        path: ["scoring"],
        message: 'option fractions only apply to scoring "fractions"',
      });
      return;
    }
    if (withFraction !== q.options.length) {
      ctx.addIssue({
        code: "custom",
        path: ["options"],
        message: "give a fraction for every option or for none",
      });
      return;
    }
    let sum = 0;
    q.options.forEach((o, i) => {
      const f = o.fraction ?? 0;
      if (o.correct && f <= 0)
        ctx.addIssue({
          code: "custom",
          path: ["options", i, "fraction"],
          message: "a correct option needs a positive fraction",
        });
      if (!o.correct && f > 0)
        ctx.addIssue({
          code: "custom",
          path: ["options", i, "fraction"],
          message: "a wrong option's fraction must be 0 or negative",
        });
      if (o.correct) sum += f;
    });
    if (Math.abs(sum - 1) > 1e-6) {
      ctx.addIssue({
        code: "custom",
        path: ["options"],
        message: `the correct options' fractions must add up to 1, they add up to ${sum}`,
      });
    }
  });
export type MultipleResponseQuestion = z.infer<typeof multipleResponseQuestionSchema>;
