"use client";
import { useEffect, useRef } from "react";

/**
 * An explicit confirm step under a privileged action: says what will change and to whom, takes
 * focus when it opens, and Cancel (or Escape) leaves everything as it was.
 */
export function ConfirmBox({
  id,
  question,
  confirmLabel,
  busy,
  onConfirm,
  onCancel,
}: {
  id: string;
  question: string;
  confirmLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const text = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    text.current?.focus();
  }, []);
  return (
    <div
      className="confirm-box"
      role="group"
      aria-labelledby={`${id}-question`}
      onKeyDown={(event) => {
        if (event.key === "Escape") onCancel();
      }}
    >
      <p id={`${id}-question`} ref={text} tabIndex={-1}>
        {question}
      </p>
      <div className="people-actions">
        <button className="button" type="button" disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button className="button button--secondary" type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
