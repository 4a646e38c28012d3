"use client";
import { useState } from "react";
import { asRecord, type QuestionInputProps } from "./question-input";

/** "90", "2.5", "2,5", "1 000" → a number; anything else → null. */
export function parseDecimal(raw: string): number | null {
  const cleaned = raw.trim().replace(/\s+/g, "").replace(",", ".");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

/** Numeric: a text box with a decimal keypad (type=text keeps what was typed) and a unit choice. */
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
  const value = parseDecimal(draft);
  const invalid = draft.trim() !== "" && value === null;
  const errorId = `${idPrefix}-number-error`;

  function report(nextDraft: string, nextUnit: string, typing: boolean) {
    const parsed = parseDecimal(nextDraft);
    if (parsed === null) return;
    onChange(nextUnit ? { value: parsed, unit: nextUnit } : { value: parsed }, { typing });
  }

  return (
    <fieldset className="question-fieldset" disabled={disabled}>
      <legend className="question-prompt">{question.prompt}</legend>
      <div className="numeric-row">
        <div className="form-field">
          <label className="form-field__label" htmlFor={`${idPrefix}-number`}>
            Your answer (a number)
          </label>
          <input
            id={`${idPrefix}-number`}
            className="form-field__input numeric-input"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={draft}
            aria-invalid={invalid ? true : undefined}
            aria-describedby={invalid ? errorId : undefined}
            onChange={(event) => {
              setDraft(event.target.value);
              report(event.target.value, unit, true);
            }}
          />
          {invalid ? (
            <p className="form-field__error" id={errorId}>
              Please enter a number, like 90 or 2.5. This is not saved yet.
            </p>
          ) : null}
        </div>
        {question.units && question.units.length > 0 ? (
          <div className="form-field">
            <label className="form-field__label" htmlFor={`${idPrefix}-unit`}>
              Unit
            </label>
            <select
              id={`${idPrefix}-unit`}
              className="form-field__input"
              value={unit}
              onChange={(event) => {
                setUnit(event.target.value);
                report(draft, event.target.value, false);
              }}
            >
              <option value="">No unit</option>
              {question.units.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
    </fieldset>
  );
}
