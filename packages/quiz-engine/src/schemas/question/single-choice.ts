import { z } from "zod";
import { checkUnique, questionBaseShape } from "../common";
import { optionCommentShape, optionListSchema, optionTextShape } from "./choice-option";

export const singleChoiceOptionSchema = z.strictObject({
  ...optionTextShape,
  correct: z.boolean().default(false),
  ...optionCommentShape,
});

/** One right option among several. */
export const singleChoiceQuestionSchema = z
  .strictObject({
    ...questionBaseShape,
    type: z.literal("single_choice"),
    options: optionListSchema(singleChoiceOptionSchema),
  })
  .superRefine((q, ctx) => {
    checkUnique(
      ctx,
      q.options.map((o) => o.id),
      (i) => ["options", i, "id"],
      "option id",
    );
    const correct = q.options.filter((o) => o.correct).length;
    if (correct !== 1) {
      ctx.addIssue({
        code: "custom",
        path: ["options"],
        message: `needs exactly one correct option, found ${correct}`,
      });
    }
  });
export type SingleChoiceQuestion = z.infer<typeof singleChoiceQuestionSchema>;
