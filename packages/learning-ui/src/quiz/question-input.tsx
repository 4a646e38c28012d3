"use client";
import type { PublicQuestion } from "@soleus/quiz-engine/schema";
import { ChoiceInput, TrueFalseInput } from "./choice-input";
import { FillBlanksInput } from "./fill-blanks-input";
import { MatchingInput } from "./matching-input";
import { NumericInput } from "./numeric-input";
import { OrderingInput } from "./ordering-input";
import { ShortTextInput } from "./short-text-input";

/** `typing`: the change came from typing, so saving may wait for a pause. */
export type AnswerChange = (response: unknown, options?: { typing?: boolean }) => void;

export interface QuestionInputProps<T extends PublicQuestion["type"] = PublicQuestion["type"]> {
  question: Extract<PublicQuestion, { type: T }>;
  response: unknown;
  onChange: AnswerChange;
  /** Unique per rendered question: control ids and radio names derive from it. */
  idPrefix: string;
  disabled?: boolean;
}

/** The accessible control for any question type: native inputs, labels on everything, no drag. */
export function QuestionInput(props: QuestionInputProps) {
  const { question } = props;
  switch (question.type) {
    case "single_choice":
    case "multiple_response":
      return <ChoiceInput {...props} question={question} />;
    case "true_false":
      return <TrueFalseInput {...props} question={question} />;
    case "ordering":
      return <OrderingInput {...props} question={question} />;
    case "matching":
      return <MatchingInput {...props} question={question} />;
    case "numeric":
      return <NumericInput {...props} question={question} />;
    case "short_text":
      return <ShortTextInput {...props} question={question} />;
    case "fill_blanks":
      return <FillBlanksInput {...props} question={question} />;
  }
}

export const asRecord = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === "object" ? (value as Record<string, unknown>) : {};
