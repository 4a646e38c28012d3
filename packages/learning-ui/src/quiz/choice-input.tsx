"use client";
import { asRecord, type QuestionInputProps } from "./question-input";
import { InlineMarkdown } from "../inline-markdown";

/** Single choice (radio group) or multiple response (checkboxes), in a fieldset named by the prompt. */
export function ChoiceInput({
  question,
  response,
  onChange,
  idPrefix,
  disabled,
}: QuestionInputProps<"single_choice" | "multiple_response">) {
  const multiple = question.type === "multiple_response";
  const value = asRecord(response);
  const chosen = new Set<unknown>(
    multiple ? (Array.isArray(value.optionIds) ? value.optionIds : []) : [value.optionId],
  );
  return (
    <fieldset className="question-fieldset" disabled={disabled}>
      <legend className="question-prompt">
        <InlineMarkdown text={question.prompt} />
      </legend>
      {multiple ? <p className="question-hint">Choose all that apply.</p> : null}
      <div className="choice-options">
        {question.options.map((option) => (
          <label key={option.id} className="choice-option">
            <input
              type={multiple ? "checkbox" : "radio"}
              name={`${idPrefix}-options`}
              value={option.id}
              checked={chosen.has(option.id)}
              onChange={(event) => {
                if (!multiple) {
                  onChange({ optionId: option.id });
                  return;
                }
                const next = question.options
                  .map((o) => o.id)
                  .filter((id) => (id === option.id ? event.target.checked : chosen.has(id)));
                onChange({ optionIds: next });
              }}
            />
            <span>
              <InlineMarkdown text={option.text} />
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** True or false as a two-option radio group. */
export function TrueFalseInput({
  question,
  response,
  onChange,
  idPrefix,
  disabled,
}: QuestionInputProps<"true_false">) {
  const value = asRecord(response).value;
  return (
    <fieldset className="question-fieldset" disabled={disabled}>
      <legend className="question-prompt">
        <InlineMarkdown text={question.prompt} />
      </legend>
      <div className="choice-options">
        {[true, false].map((option) => (
          <label key={String(option)} className="choice-option">
            <input
              type="radio"
              name={`${idPrefix}-tf`}
              value={String(option)}
              checked={value === option}
              onChange={() => onChange({ value: option })}
            />
            <span>{option ? "True" : "False"}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
