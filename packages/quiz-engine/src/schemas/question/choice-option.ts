import { z } from "zod";
import { localIdSchema, textSchema } from "../common";
import { LIMITS } from "../limits";

/** What every option of a choice question may say about itself beyond its text. */
export const optionCommentShape = {
  feedback: textSchema(LIMITS.feedbackLength).optional(),
  misconception: textSchema(LIMITS.feedbackLength).optional(),
};

export const optionTextShape = {
  id: localIdSchema,
  text: textSchema(LIMITS.optionTextLength),
};

export const optionListSchema = <T extends z.ZodType>(option: T) =>
  z.array(option).min(2, "needs at least two options").max(LIMITS.options);
