"use client";
import { useState } from "react";
import type { Problem } from "./quiz-problems";

/** The checks' findings for one field, right under it: what is wrong and what to change. */
export function FieldProblems({ id, problems }: { id: string; problems: Problem[] }) {
  if (problems.length === 0) return null;
  return (
    <ul className="field-problems" id={id}>
      {problems.map((problem, index) => (
        <li
          key={`${problem.check ?? "schema"}-${String(index)}`}
          className={`field-problem field-problem--${problem.kept ? "kept" : problem.severity}`}
        >
          <strong>
            {problem.kept ? "Warning kept: " : problem.severity === "error" ? "Fix: " : "Warning: "}
          </strong>
          {problem.message}
          {problem.advice ? <span className="field-problem__advice"> {problem.advice}</span> : null}
          {problem.kept ? (
            <span className="field-problem__advice"> Reason: {problem.kept}</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** `aria-describedby` for a field: its hint and its problems, when there are any. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const kept = ids.filter((id): id is string => typeof id === "string" && id !== "");
  return kept.length > 0 ? kept.join(" ") : undefined;
}

/** A labelled text box (or text area) with its hint and problems. */
export function TextField({
  id,
  label,
  value,
  onChange,
  problems,
  hint,
  multiline,
  inputMode,
  type,
  list,
  className,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  problems: Problem[];
  hint?: string;
  multiline?: boolean;
  inputMode?: "decimal" | "numeric" | "text";
  type?: "text" | "number";
  list?: string;
  className?: string;
}) {
  const invalid = problems.some((p) => p.severity === "error");
  const described = describedBy(hint && `${id}-hint`, problems.length > 0 && `${id}-problems`);
  const common = {
    id,
    className: "form-field__input",
    value,
    "aria-invalid": invalid ? true : undefined,
    "aria-describedby": described,
  } as const;
  return (
    <div className={`form-field ${className ?? ""}`}>
      <label className="form-field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="form-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {multiline ? (
        <textarea
          {...common}
          rows={3}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
      ) : (
        <input
          {...common}
          type={type ?? "text"}
          inputMode={inputMode}
          list={list}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
      )}
      <FieldProblems id={`${id}-problems`} problems={problems} />
    </div>
  );
}

/** A number field that keeps what is typed ("1." on the way to "1.5") and reports numbers. */
export function NumberField({
  id,
  label,
  value,
  onChange,
  problems,
  hint,
  allowEmpty,
}: {
  id: string;
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  problems: Problem[];
  hint?: string;
  /** Empty means "none" (e.g. no time limit); otherwise empty is reported as a problem. */
  allowEmpty?: boolean;
}) {
  const [typed, setTyped] = useTypedNumber(value);
  const parsed = typed.trim() === "" ? null : Number(typed.replace(",", "."));
  const own: Problem[] =
    parsed !== null && !Number.isFinite(parsed)
      ? [{ severity: "error", message: "Enter a number, like 2 or 2.5." }]
      : parsed === null && !allowEmpty
        ? [{ severity: "error", message: "Enter a number." }]
        : [];
  return (
    <TextField
      id={id}
      label={label}
      value={typed}
      hint={hint}
      inputMode="decimal"
      problems={[...own, ...problems]}
      onChange={(text) => {
        setTyped(text);
        const next = text.trim() === "" ? null : Number(text.replace(",", "."));
        if (next === null ? allowEmpty : Number.isFinite(next)) onChange(next);
      }}
      className="form-field--number"
    />
  );
}

function useTypedNumber(value: number | null): [string, (text: string) => void] {
  const [typed, setTyped] = useState(value === null ? "" : String(value));
  const [seen, setSeen] = useState(value);
  // Follow outside changes (undo, merge) without fighting the coach's typing.
  if (seen !== value) {
    setSeen(value);
    const current = typed.trim() === "" ? null : Number(typed.replace(",", "."));
    if (current !== value) setTyped(value === null ? "" : String(value));
  }
  return [typed, setTyped];
}

/** A labelled select with its problems. */
export function SelectField({
  id,
  label,
  value,
  options,
  onChange,
  problems,
  hint,
}: {
  id: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
  problems: Problem[];
  hint?: string;
}) {
  const described = describedBy(hint && `${id}-hint`, problems.length > 0 && `${id}-problems`);
  return (
    <div className="form-field">
      <label className="form-field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="form-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <select
        id={id}
        className="form-field__input"
        value={value}
        aria-invalid={problems.some((p) => p.severity === "error") ? true : undefined}
        aria-describedby={described}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldProblems id={`${id}-problems`} problems={problems} />
    </div>
  );
}

/** A labelled checkbox (44 px row). */
export function CheckboxField({
  id,
  label,
  checked,
  onChange,
  problems = [],
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  problems?: Problem[];
}) {
  return (
    <div>
      <div className="checkbox-row">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          aria-describedby={problems.length > 0 ? `${id}-problems` : undefined}
          onChange={(event) => {
            onChange(event.target.checked);
          }}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      <FieldProblems id={`${id}-problems`} problems={problems} />
    </div>
  );
}
