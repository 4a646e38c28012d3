import { z } from "zod";
import { questionBaseShape, textSchema } from "../common";
import { LIMITS } from "../limits";

/** A statement that is either true or false. */
export const trueFalseQuestionSchema = z.strictObject({
  ...questionBaseShape,
  type: z.literal("true_false"),
  answer: z.boolean(),
  feedbackTrue: textSchema(LIMITS.feedbackLength).optional(),
  feedbackFalse: textSchema(LIMITS.feedbackLength).optional(),
  misconception: textSchema(LIMITS.feedbackLength).optional(),
});
export type TrueFalseQuestion = z.infer<typeof trueFalseQuestionSchema>;
