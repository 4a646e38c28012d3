"use client";
import { useState } from "react";
import { InlineMarkdown } from "../inline-markdown";
import { parseNumberWithUnit } from "./number-with-unit";
import { asRecord, type QuestionInputProps } from "./question-input";

/**
 * Numeric: a text box with a decimal keypad (type=text keeps what was typed) that also takes the
 * unit typed after the number ("30 mins"), and a unit choice naming the unit once.
 */
export function NumericInput({
  question,
  response,
  onChange,
  idPrefix,
  disabled,
}: QuestionInputProps<"numeric">) {
  const saved = asRecord(response);
  const [draft, setDraft] = useState(typeof saved.value === "number" ? String(saved.value) : "");
  const [unit, setUnit] = useState(typeof saved.unit === "string" ? saved.unit : "");
  const parsed = parseNumberWithUnit(draft, question.unit);
  const errorId = `${idPrefix}-number-error`;
  const hintId = `${idPrefix}-number-hint`;
  const error =
    parsed.kind === "not-a-number"
      ? "Please enter a number, like 90 or 2.5. This is not saved yet."
      : parsed.kind === "unknown-unit"
        ? `“${parsed.typed}” is not a unit this question takes${question.unit ? `: use ${question.unit.name}` : ""}. This is not saved yet.`
        : null;
  // A unit typed in the box is what the learner meant; the choice follows it.
  const shownUnit = parsed.kind === "number" && parsed.unit !== null ? parsed.unit : unit;

  function report(nextDraft: string, nextUnit: string, typing: boolean) {
    const next = parseNumberWithUnit(nextDraft, question.unit);
    if (next.kind !== "number") return;
    const chosen = next.unit ?? nextUnit;
    onChange(chosen ? { value: next.value, unit: chosen } : { value: next.value }, { typing });
  }

  return (
    <fieldset className="question-fieldset" disabled={disabled}>
      <legend className="question-prompt">
        <InlineMarkdown text={question.prompt} />
      </legend>
      <div className="numeric-row">
        <div className="form-field">
          <label className="form-field__label" htmlFor={`${idPrefix}-number`}>
            Your answer (a number)
          </label>
          {question.unit ? (
            <p className="form-field__hint" id={hintId}>
              In {question.unit.name}. You can type the unit after the number, like “30{" "}
              {question.unit.name}”.
            </p>
          ) : null}
          <input
            id={`${idPrefix}-number`}
            className="form-field__input numeric-input"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={draft}
            aria-invalid={error ? true : undefined}
            aria-describedby={
              [question.unit ? hintId : "", error ? errorId : ""].filter(Boolean).join(" ") ||
              undefined
            }
            onChange={(event) => {
              setDraft(event.target.value);
              const next = parseNumberWithUnit(event.target.value, question.unit);
              if (next.kind === "number" && next.unit !== null) setUnit(next.unit);
              report(event.target.value, unit, true);
            }}
          />
          {error ? (
            <p className="form-field__error" id={errorId}>
              {error}
            </p>
          ) : null}
        </div>
        {question.unit ? (
          <div className="form-field">
            <label className="form-field__label" htmlFor={`${idPrefix}-unit`}>
              Unit
            </label>
            <select
              id={`${idPrefix}-unit`}
              className="form-field__input"
              value={shownUnit}
              onChange={(event) => {
                setUnit(event.target.value);
                report(draft, event.target.value, false);
              }}
            >
              <option value="">No unit</option>
              <option value={question.unit.name}>{question.unit.name}</option>
            </select>
          </div>
        ) : null}
      </div>
    </fieldset>
  );
}
