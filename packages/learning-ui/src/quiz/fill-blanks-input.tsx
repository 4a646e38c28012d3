"use client";
import { blankParts } from "./answer-text";
import { InlineMarkdown } from "../inline-markdown";
import { asRecord, type QuestionInputProps } from "./question-input";

/** Fill in the blanks: inline text boxes or selects inside the sentence, each with its own label. */
export function FillBlanksInput({
  question,
  response,
  onChange,
  idPrefix,
  disabled,
}: QuestionInputProps<"fill_blanks">) {
  const blanks = asRecord(asRecord(response).blanks);
  const total = question.blanks.length;
  const numberOf = (id: string) => question.blanks.findIndex((blank) => blank.id === id) + 1;

  function change(id: string, value: string, typing: boolean) {
    const next: Record<string, string> = {};
    for (const [key, given] of Object.entries(blanks))
      if (key !== id && typeof given === "string" && given !== "") next[key] = given;
    if (value !== "") next[id] = value;
    onChange({ blanks: next }, { typing });
  }

  return (
    <fieldset className="question-fieldset" disabled={disabled}>
      <legend className="question-prompt">
        <InlineMarkdown text={question.prompt} />
      </legend>
      <p className="fill-blanks">
        {blankParts(question.text).map((part, index) => {
          if (part.kind === "text") return <span key={index}>{part.text}</span>;
          const blank = question.blanks.find((candidate) => candidate.id === part.id);
          if (!blank) return <span key={index}>…</span>;
          const id = `${idPrefix}-blank-${blank.id}`;
          const value = typeof blanks[blank.id] === "string" ? (blanks[blank.id] as string) : "";
          return (
            <span key={index} className="fill-blanks__blank">
              <label className="visually-hidden" htmlFor={id}>
                Blank {numberOf(blank.id)} of {total}
              </label>
              {blank.kind === "choice" ? (
                <select
                  id={id}
                  className="form-field__input fill-blanks__input"
                  value={value}
                  onChange={(event) => change(blank.id, event.target.value, false)}
                >
                  <option value="">Choose…</option>
                  {blank.options.map((option) => (
                    <option key={option.id} value={option.id}>
                      {option.text}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  id={id}
                  className="form-field__input fill-blanks__input"
                  type="text"
                  autoComplete="off"
                  maxLength={blank.maxLength}
                  value={value}
                  onChange={(event) => change(blank.id, event.target.value, true)}
                />
              )}
            </span>
          );
        })}
      </p>
    </fieldset>
  );
}
