"use client";
import { FillBlanksFields, NumericFields, ShortTextFields } from "./answer-fields";
import { MatchingFields, OrderingFields } from "./arrangement-fields";
import { ChoiceFields, TrueFalseFields } from "./choice-fields";
import type { QuestionFieldsProps } from "./editor-context";

/** The fields of the question's own type (its key, options, answers, scoring). */
export function TypeFields(props: QuestionFieldsProps) {
  switch (props.question.type) {
    case "single_choice":
    case "multiple_response":
      return <ChoiceFields {...props} />;
    case "true_false":
      return <TrueFalseFields {...props} />;
    case "ordering":
      return <OrderingFields {...props} />;
    case "matching":
      return <MatchingFields {...props} />;
    case "numeric":
      return <NumericFields {...props} />;
    case "short_text":
      return <ShortTextFields {...props} />;
    case "fill_blanks":
      return <FillBlanksFields {...props} />;
  }
}
