"use client";
import { asRecord, type QuestionInputProps } from "./question-input";
import { InlineMarkdown } from "../inline-markdown";

/** Short text: one labelled text box; saving waits for a pause in typing. */
export function ShortTextInput({
  question,
  response,
  onChange,
  idPrefix,
  disabled,
}: QuestionInputProps<"short_text">) {
  const text = asRecord(response).text;
  return (
    <fieldset className="question-fieldset" disabled={disabled}>
      <legend className="question-prompt">
        <InlineMarkdown text={question.prompt} />
      </legend>
      <div className="form-field">
        <label className="form-field__label" htmlFor={`${idPrefix}-text`}>
          Your answer
        </label>
        <input
          id={`${idPrefix}-text`}
          className="form-field__input"
          type="text"
          autoComplete="off"
          spellCheck
          maxLength={question.maxLength}
          value={typeof text === "string" ? text : ""}
          onChange={(event) => onChange({ text: event.target.value }, { typing: true })}
        />
      </div>
    </fieldset>
  );
}
