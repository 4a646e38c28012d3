import { z } from "zod";
import { publicSlugSchema } from "../../content/inputs";
import { answerResponseSchema } from "../answer-response.schema";

export const quizAddressSchema = z.strictObject({
  course: publicSlugSchema,
  quiz: publicSlugSchema,
});

export const attemptIdSchema = z.strictObject({
  attemptId: z.uuid("That is not a valid attempt id."),
});

export const saveResponseSchema = z.strictObject({
  attemptId: z.uuid("That is not a valid attempt id."),
  questionId: z.string().min(1).max(100),
  response: answerResponseSchema,
});

export const visitSchema = z.strictObject({
  attemptId: z.uuid("That is not a valid attempt id."),
  questionId: z.string().min(1).max(100),
});

export const historySchema = z.strictObject({
  course: publicSlugSchema,
  quiz: publicSlugSchema.optional(),
});
