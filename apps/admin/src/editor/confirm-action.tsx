"use client";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";

export type ActionResult = { ok: true; message: string } | { ok: false; errors: string[] };

/**
 * A privileged or destructive action in two steps: the button opens a confirm box naming what
 * will happen; only "Yes, …" runs it. Errors come back as a list; success as a status message.
 */
export function ConfirmAction({
  label,
  confirmLabel,
  question,
  disabled,
  disabledReason,
  run,
}: {
  label: string;
  confirmLabel: string;
  question: ReactNode;
  disabled?: boolean;
  disabledReason?: string;
  run: () => Promise<ActionResult>;
}) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ActionResult | null>(null);
  const boxId = useId();
  const box = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) box.current?.focus();
  }, [open]);

  return (
    <div className="confirm-action">
      <button
        ref={opener}
        type="button"
        className="button button--secondary"
        aria-expanded={open}
        aria-controls={open ? boxId : undefined}
        aria-disabled={disabled ? true : undefined}
        aria-describedby={disabled && disabledReason ? `${boxId}-reason` : undefined}
        onClick={() => {
          if (disabled) return;
          setResult(null);
          setOpen(true);
        }}
      >
        {label}
      </button>
      {disabled && disabledReason ? (
        <span id={`${boxId}-reason`} className="form-field__hint">
          {" "}
          {disabledReason}
        </span>
      ) : null}
      {open ? (
        <div
          id={boxId}
          ref={box}
          className="confirm-box"
          role="group"
          aria-label={`Confirm: ${label}`}
          tabIndex={-1}
        >
          <p>{question}</p>
          <div className="editor-actions">
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => {
                setBusy(true);
                void run()
                  .then(setResult, (error: unknown) => {
                    setResult({
                      ok: false,
                      errors: [error instanceof Error ? error.message : "Something went wrong."],
                    });
                  })
                  .finally(() => {
                    setBusy(false);
                    setOpen(false);
                    opener.current?.focus();
                  });
              }}
            >
              {confirmLabel}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setOpen(false);
                opener.current?.focus();
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      <div role="status" aria-live="polite">
        {result?.ok ? <p className="notice">{result.message}</p> : null}
      </div>
      {result && !result.ok ? (
        <div role="alert" className="confirm-box">
          <p>
            <strong>{label} did not happen:</strong>
          </p>
          <ul>
            {result.errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
