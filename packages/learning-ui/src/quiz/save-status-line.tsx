"use client";
import type { SaveStatus } from "./use-answer-autosave";

/** The always-visible "Saved" line (a polite live region) and, on failure, a clear retry. */
export function SaveStatusLine({
  status,
  numberOf,
  onRetry,
}: {
  status: SaveStatus;
  numberOf: (questionId: string) => number;
  onRetry: (questionId: string) => void;
}) {
  let text = "Your answers are saved as you go.";
  if (status.state === "saving") text = "Saving…";
  if (status.state === "saved")
    text = `Saved your answer to question ${numberOf(status.questionId)}.`;
  if (status.state === "error")
    text = `Not saved: your answer to question ${numberOf(status.questionId)}. ${status.message}`;
  return (
    <div className={status.state === "error" ? "save-status save-status--error" : "save-status"}>
      <p role="status" className="save-status__text">
        {text}
      </p>
      {status.state === "error" ? (
        <button type="button" className="button" onClick={() => onRetry(status.questionId)}>
          Try saving again
        </button>
      ) : null}
    </div>
  );
}
