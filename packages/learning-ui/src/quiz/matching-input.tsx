"use client";
import { asRecord, type QuestionInputProps } from "./question-input";
import { InlineMarkdown } from "../inline-markdown";

/** Matching: one labelled <select> per prompt. */
export function MatchingInput({
  question,
  response,
  onChange,
  idPrefix,
  disabled,
}: QuestionInputProps<"matching">) {
  const pairs = asRecord(asRecord(response).pairs);
  return (
    <fieldset className="question-fieldset" disabled={disabled}>
      <legend className="question-prompt">
        <InlineMarkdown text={question.prompt} />
      </legend>
      <div className="matching-rows">
        {question.prompts.map((prompt) => (
          <div key={prompt.id} className="form-field">
            <label className="form-field__label" htmlFor={`${idPrefix}-${prompt.id}`}>
              {prompt.text}
            </label>
            <select
              id={`${idPrefix}-${prompt.id}`}
              className="form-field__input"
              value={typeof pairs[prompt.id] === "string" ? (pairs[prompt.id] as string) : ""}
              onChange={(event) => {
                const next: Record<string, string> = {};
                for (const [key, value] of Object.entries(pairs))
                  if (key !== prompt.id && typeof value === "string") next[key] = value;
                if (event.target.value) next[prompt.id] = event.target.value;
                onChange({ pairs: next });
              }}
            >
              <option value="">Choose a match</option>
              {question.answers.map((answer) => (
                <option key={answer.id} value={answer.id}>
                  {answer.text}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
