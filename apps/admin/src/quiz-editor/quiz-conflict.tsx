"use client";
import { useId, useState } from "react";
import { SideBySideDiff } from "~/editor/side-by-side-diff";
import type { QuizDraft } from "./quiz-draft";

const asText = (draft: QuizDraft) => JSON.stringify(draft, null, 2);

/**
 * Someone else saved this quiz first. Both versions as text side by side with the differences;
 * the coach keeps theirs, keeps their own, or edits the merged text (it starts as their own, so
 * nothing they typed is lost) and saves it against the other coach's version.
 */
export function QuizConflict({
  mine,
  theirs,
  theirAuthor,
  onSaveMerge,
}: {
  mine: QuizDraft;
  theirs: QuizDraft;
  theirAuthor: string | null;
  onSaveMerge: (merged: QuizDraft) => void;
}) {
  const headingId = useId();
  const mergedId = useId();
  const who = theirAuthor ?? "Another coach";
  const [text, setText] = useState(() => asText(mine));
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="conflict" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {who} saved this quiz while you were editing
      </h2>
      <p role="alert">
        Nothing is lost: your version is kept on this device. Compare both, then keep one of them or
        edit the merged version below and save it.
      </p>
      <SideBySideDiff
        caption="Quiz: yours and theirs"
        leftTitle="Your version"
        rightTitle={`${who}'s version`}
        left={asText(mine)}
        right={asText(theirs)}
        leftOnlyLabel="Only in your version:"
        rightOnlyLabel={`Only in ${who}'s version:`}
      />
      <div className="editor-actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            onSaveMerge(mine);
          }}
        >
          Keep my version
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            onSaveMerge(theirs);
          }}
        >
          Keep {who}&apos;s version
        </button>
      </div>
      <label className="form-field__label" htmlFor={mergedId}>
        Merged version (JSON; starts as yours)
      </label>
      {error ? (
        <p className="form-field__error" id={`${mergedId}-error`}>
          {error}
        </p>
      ) : null}
      <textarea
        id={mergedId}
        className="form-field__input conflict__merged"
        rows={16}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${mergedId}-error` : undefined}
        onChange={(event) => {
          setText(event.target.value);
        }}
      />
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          try {
            const merged = JSON.parse(text) as QuizDraft;
            if (!Array.isArray(merged.questions) || typeof merged.settings !== "object")
              throw new Error("shape");
            setError(null);
            onSaveMerge(merged);
          } catch {
            setError("This is not a quiz in JSON any more: check the brackets and quotes.");
          }
        }}
      >
        Save the merged version
      </button>
    </section>
  );
}
