import { z } from "zod";
import { questionIdSchema, textSchema } from "./common";
import { LIMITS } from "./limits";

const entry = z.strictObject({ id: z.string(), text: z.string() });
const base = { id: questionIdSchema, prompt: z.string(), points: z.number() };

/**
 * What a learner may see of a question before submitting: ids and text only, in an order that
 * does not reveal the key. No correctness, fractions, feedback, explanation or accepted answers.
 */
export const publicQuestionSchema = z.discriminatedUnion("type", [
  z.strictObject({ ...base, type: z.literal("single_choice"), options: z.array(entry) }),
  z.strictObject({ ...base, type: z.literal("multiple_response"), options: z.array(entry) }),
  z.strictObject({ ...base, type: z.literal("true_false") }),
  z.strictObject({ ...base, type: z.literal("ordering"), items: z.array(entry) }),
  z.strictObject({
    ...base,
    type: z.literal("matching"),
    prompts: z.array(entry),
    answers: z.array(entry),
  }),
  z.strictObject({
    ...base,
    type: z.literal("numeric"),
    /** The unit's name (shown once) and its spellings, so "30 mins" can be typed in one box. */
    unit: z.strictObject({ name: z.string(), spellings: z.array(z.string()) }).optional(),
  }),
  z.strictObject({ ...base, type: z.literal("short_text"), maxLength: z.number() }),
  z.strictObject({
    ...base,
    type: z.literal("fill_blanks"),
    text: z.string(),
    blanks: z.array(
      z.discriminatedUnion("kind", [
        z.strictObject({ id: z.string(), kind: z.literal("choice"), options: z.array(entry) }),
        z.strictObject({ id: z.string(), kind: z.literal("text"), maxLength: z.number() }),
      ]),
    ),
  }),
]);
export type PublicQuestion = z.infer<typeof publicQuestionSchema>;
export type PublicEntry = z.infer<typeof entry>;

/** A quiz as a learner receives it for one attempt. */
export const publicQuizSchema = z.strictObject({
  id: questionIdSchema,
  title: textSchema(LIMITS.titleLength),
  passPercent: z.number(),
  maxPoints: z.number(),
  attemptsAllowed: z.number().nullable(),
  feedback: z.enum(["after_submit", "immediate"]),
  /** Seconds this learner has (accommodation applied), or null when untimed. */
  timeLimitSeconds: z.number().nullable(),
  /** Epoch milliseconds after which responses are no longer accepted, or null. */
  deadline: z.number().nullable(),
  questions: z.array(publicQuestionSchema),
});
export type PublicQuiz = z.infer<typeof publicQuizSchema>;
