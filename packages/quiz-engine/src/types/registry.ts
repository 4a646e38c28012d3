import type { QuestionType } from "../schemas/question";
import { fillBlanks } from "./fill-blanks";
import { matching } from "./matching";
import { multipleResponse } from "./multiple-response";
import { numeric } from "./numeric";
import { ordering } from "./ordering";
import type { QuestionTypeModule } from "./question-type";
import { shortText } from "./short-text";
import { singleChoice } from "./single-choice";
import { trueFalse } from "./true-false";

/** Every question type's validator, scorer, layout and public view, keyed by `type`. */
export const questionTypes: { [T in QuestionType]: QuestionTypeModule<T> } = {
  single_choice: singleChoice,
  multiple_response: multipleResponse,
  true_false: trueFalse,
  ordering,
  matching,
  numeric,
  short_text: shortText,
  fill_blanks: fillBlanks,
};

/** The module for a question's type, typed loosely for code that handles any question. */
export function moduleFor(type: QuestionType): QuestionTypeModule<QuestionType> {
  return questionTypes[type] as unknown as QuestionTypeModule<QuestionType>;
}
