import { z } from "zod";
import { publicSlugSchema } from "../../content/inputs";
import { answerResponseSchema } from "../answer-response.schema";

export const reviewAnswerSchema = z.strictObject({
  course: publicSlugSchema,
  quiz: publicSlugSchema,
  questionId: z.string().min(1).max(100),
  response: answerResponseSchema,
});

export type ReviewAnswerInput = z.infer<typeof reviewAnswerSchema>;
