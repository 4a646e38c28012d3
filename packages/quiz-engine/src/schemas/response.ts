import { z } from "zod";
import { localIdSchema } from "./common";
import { LIMITS } from "./limits";
import type { QuestionType } from "./question";
import { safeText } from "./safe-text";

const responseText = safeText().max(
  LIMITS.responseTextLength,
  `must be at most ${LIMITS.responseTextLength} characters`,
);

export const singleChoiceResponseSchema = z.strictObject({ optionId: localIdSchema });
export const multipleResponseResponseSchema = z.strictObject({
  optionIds: z.array(localIdSchema).max(LIMITS.options),
});
export const trueFalseResponseSchema = z.strictObject({ value: z.boolean() });
export const orderingResponseSchema = z.strictObject({
  order: z.array(localIdSchema).max(LIMITS.items),
});
export const matchingResponseSchema = z.strictObject({
  pairs: z.record(localIdSchema, localIdSchema),
});
export const numericResponseSchema = z.strictObject({
  value: z.number(),
  unit: safeText().max(LIMITS.unitLength).optional(),
});
export const shortTextResponseSchema = z.strictObject({ text: responseText });
export const fillBlanksResponseSchema = z.strictObject({
  blanks: z.record(localIdSchema, responseText),
});

/** The shape of a learner's response for each question type (see docs/authoring.md). */
export const responseSchemas = {
  single_choice: singleChoiceResponseSchema,
  multiple_response: multipleResponseResponseSchema,
  true_false: trueFalseResponseSchema,
  ordering: orderingResponseSchema,
  matching: matchingResponseSchema,
  numeric: numericResponseSchema,
  short_text: shortTextResponseSchema,
  fill_blanks: fillBlanksResponseSchema,
} as const satisfies Record<QuestionType, z.ZodType>;

export type ResponseFor<T extends QuestionType> = z.infer<(typeof responseSchemas)[T]>;
export type SingleChoiceResponse = ResponseFor<"single_choice">;
export type MultipleResponseResponse = ResponseFor<"multiple_response">;
export type TrueFalseResponse = ResponseFor<"true_false">;
export type OrderingResponse = ResponseFor<"ordering">;
export type MatchingResponse = ResponseFor<"matching">;
export type NumericResponse = ResponseFor<"numeric">;
export type ShortTextResponse = ResponseFor<"short_text">;
export type FillBlanksResponse = ResponseFor<"fill_blanks">;

/** Any learner response (its question's type decides which shape is valid). */
export const responseSchema = z.union(Object.values(responseSchemas));
export type Response = ResponseFor<QuestionType>;
