import { z } from "zod";
import { publicSlugSchema } from "../../content/inputs";
import { API_LIMITS } from "../../trpc/limits";

export const reviewAnswerSchema = z.strictObject({
  course: publicSlugSchema,
  quiz: publicSlugSchema,
  questionId: z.string().min(1).max(100),
  /** Shape checked by the quiz engine against the question; size capped here. */
  response: z.unknown().refine((value) => value !== undefined && (JSON.stringify(value)?.length ?? 0) <= API_LIMITS.maxResponseJson, {
    message: `An answer can be at most ${API_LIMITS.maxResponseJson} characters.`,
  }),
});

export type ReviewAnswerInput = z.infer<typeof reviewAnswerSchema>;
