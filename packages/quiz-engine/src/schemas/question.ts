import { z } from "zod";
import { fillBlanksQuestionSchema } from "./question/fill-blanks";
import { matchingQuestionSchema } from "./question/matching";
import { multipleResponseQuestionSchema } from "./question/multiple-response";
import { numericQuestionSchema } from "./question/numeric";
import { orderingQuestionSchema } from "./question/ordering";
import { shortTextQuestionSchema } from "./question/short-text";
import { singleChoiceQuestionSchema } from "./question/single-choice";
import { trueFalseQuestionSchema } from "./question/true-false";

/** Any question, told apart by `type`. */
export const questionSchema = z.discriminatedUnion("type", [
  singleChoiceQuestionSchema,
  multipleResponseQuestionSchema,
  trueFalseQuestionSchema,
  orderingQuestionSchema,
  matchingQuestionSchema,
  numericQuestionSchema,
  shortTextQuestionSchema,
  fillBlanksQuestionSchema,
]);

/** A validated question, defaults filled in. */
export type Question = z.infer<typeof questionSchema>;
/** A question as an author writes it (defaults may be omitted). */
export type QuestionInput = z.input<typeof questionSchema>;
export type QuestionType = Question["type"];
export type QuestionOfType<T extends QuestionType> = Extract<Question, { type: T }>;

export const QUESTION_TYPES = [
  "single_choice",
  "multiple_response",
  "true_false",
  "ordering",
  "matching",
  "numeric",
  "short_text",
  "fill_blanks",
] as const satisfies readonly QuestionType[];
