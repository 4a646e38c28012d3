"use client";
import { useState } from "react";
import type { LearnerCheckOutcome } from "@soleus/quiz-engine";
import { InlineMarkdown } from "../inline-markdown";
import { STATUS_WORDS } from "./answer-text";

/** What "Check my answer" reports (the engine's learner view of one checked answer). */
export type CheckOutcome = Omit<LearnerCheckOutcome, "questionId">;

/** Immediate-feedback quizzes: "Check my answer" scores this question now (extra tries may cost points). */
export function ImmediateFeedback({
  locked,
  answered,
  outcome,
  onCheck,
}: {
  locked: boolean;
  answered: boolean;
  outcome: CheckOutcome | undefined;
  onCheck: () => Promise<void>;
}) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <div className="immediate-feedback">
      {locked ? null : (
        <button
          type="button"
          className="button button--secondary"
          disabled={!answered || busy}
          onClick={() => {
            setBusy(true);
            setProblem(null);
            onCheck()
              .catch((error: unknown) => {
                const reason = error instanceof Error ? error.message : String(error);
                setProblem(`Could not check your answer: ${reason}`);
              })
              .finally(() => {
                setBusy(false);
              });
          }}
        >
          Check my answer
        </button>
      )}
      <div role="status" className="immediate-feedback__outcome">
        {problem ? <p className="form-field__error">{problem}</p> : null}
        {outcome ? (
          <>
            <p>
              <strong>{STATUS_WORDS[outcome.status]}.</strong> Try {outcome.tries}:{" "}
              {Number(outcome.earned.toFixed(2))} of {outcome.max}{" "}
              {outcome.max === 1 ? "point" : "points"}
              {outcome.penalty > 0
                ? ` (the earlier tries took off ${Number((outcome.penalty * 100).toFixed(1))}%)`
                : ""}
              .
            </p>
            {outcome.feedback.map((text) => (
              <p key={text}>
                <InlineMarkdown text={text} />
              </p>
            ))}
            {outcome.explanation ? (
              <p>
                <InlineMarkdown text={outcome.explanation} />
              </p>
            ) : null}
          </>
        ) : locked ? (
          <p>You answered this question correctly.</p>
        ) : null}
      </div>
    </div>
  );
}
