import type { HTMLInputTypeAttribute } from "react";

/**
 * A labelled text input with an optional hint and error, both tied to the input with
 * aria-describedby; the error also sets aria-invalid. Large targets come from forms.css.
 */
export function FormField({
  id,
  name,
  label,
  type = "text",
  autoComplete,
  hint,
  error,
  required = false,
  defaultValue,
}: {
  id: string;
  name: string;
  label: string;
  type?: HTMLInputTypeAttribute;
  autoComplete?: string;
  hint?: string;
  error?: string | undefined;
  required?: boolean;
  defaultValue?: string;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="form-field">
      <label className="form-field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="form-field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="form-field__error" id={errorId}>
          {error}
        </p>
      ) : null}
      <input
        className="form-field__input"
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        defaultValue={defaultValue}
      />
    </div>
  );
}

/**
 * A form-level message (e.g. "Wrong email or password."), announced when it appears and
 * focusable, so a refused form can move focus to it (useFocusAfterRefusal).
 */
export function FormAlert({ id, message }: { id: string; message: string | undefined }) {
  return (
    <div
      id={id}
      role="alert"
      className={message ? "form-alert" : undefined}
      tabIndex={message ? -1 : undefined}
    >
      {message}
    </div>
  );
}
