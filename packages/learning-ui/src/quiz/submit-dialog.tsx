"use client";
import { useRef } from "react";
import { questionNumbersText } from "./answer-text";

/**
 * "Finish and submit": a native modal dialog (focus kept inside, Escape closes) that names the
 * unanswered questions by number before anything is final. The submit button is disabled while
 * submitting; the server scores an attempt once whatever the clicks.
 */
export function SubmitDialog({
  unanswered,
  total,
  submitting,
  error,
  onSubmit,
  onGoTo,
}: {
  unanswered: number[];
  total: number;
  submitting: boolean;
  error: string | null;
  onSubmit: () => Promise<boolean>;
  onGoTo: (questionNumber: number) => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const answered = total - unanswered.length;
  return (
    <>
      <button
        type="button"
        className="button quiz-actions__submit"
        onClick={() => dialog.current?.showModal()}
      >
        Finish and submit
      </button>
      <dialog
        ref={dialog}
        className="confirm-dialog"
        aria-labelledby="submit-title"
        aria-describedby="submit-summary"
      >
        <h2 id="submit-title">Submit your answers?</h2>
        <p id="submit-summary">
          You answered {answered} of {total} questions.{" "}
          {unanswered.length > 0 ? (
            <strong>Not answered yet: {questionNumbersText(unanswered)}.</strong>
          ) : (
            "Every question has an answer."
          )}
        </p>
        {unanswered.length > 0 ? (
          <ul className="confirm-dialog__jumps">
            {unanswered.slice(0, 30).map((number) => (
              <li key={number}>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    dialog.current?.close();
                    onGoTo(number);
                  }}
                >
                  Go to question {number}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <p>
          After you submit you cannot change your answers. You will see your score and feedback
          straight away.
        </p>
        {error ? (
          <p className="form-alert" role="alert">
            {error}
          </p>
        ) : null}
        <div className="confirm-dialog__buttons">
          <button
            type="button"
            className="button"
            disabled={submitting}
            onClick={() => void onSubmit()}
          >
            {submitting ? "Submitting…" : "Submit my answers"}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => dialog.current?.close()}
          >
            Keep working
          </button>
        </div>
      </dialog>
    </>
  );
}
