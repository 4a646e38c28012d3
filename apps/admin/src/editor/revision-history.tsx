"use client";
import { useId, useState } from "react";
import { ConfirmAction, type ActionResult } from "./confirm-action";
import { SideBySideDiff } from "./side-by-side-diff";

export interface RevisionRow {
  id: string;
  /** 1 for the first revision. */
  number: number;
  createdAt: Date;
  author: string;
  published: boolean;
}

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

/**
 * Revision history: who, when, published or not; a readable diff between any two; restore
 * (a new draft from an old revision) behind a confirm step.
 */
export function RevisionHistory({
  revisions,
  loadText,
  restore,
}: {
  revisions: RevisionRow[];
  /** The revision's content as text (front matter lines and body) for the diff. */
  loadText: (revisionId: string) => Promise<string>;
  restore: (revisionId: string) => Promise<ActionResult>;
}) {
  const newest = revisions[0]?.id ?? "";
  const [from, setFrom] = useState(revisions[1]?.id ?? newest);
  const [to, setTo] = useState(newest);
  const [diff, setDiff] = useState<{ left: string; right: string; label: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fromId = useId();
  const toId = useId();
  const name = (id: string) => {
    const revision = revisions.find((r) => r.id === id);
    return revision ? `revision ${String(revision.number)}` : "revision";
  };

  if (revisions.length === 0) return <p>No revisions yet: the first save makes one.</p>;

  return (
    <div className="revision-history">
      {/* A data table keeps its columns: on a narrow screen it scrolls sideways (by keyboard too). */}
      <div
        className="revision-table-scroll"
        role="region"
        aria-label="Revisions, newest first"
        tabIndex={0}
      >
        <table className="revision-table">
          <caption className="visually-hidden">Revisions, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Revision</th>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">Published</th>
              <th scope="col">Restore</th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((revision) => (
              <tr key={revision.id}>
                <th scope="row">{revision.number}</th>
                <td>{when.format(revision.createdAt)}</td>
                <td>{revision.author}</td>
                <td>{revision.published ? "Published" : "Not published"}</td>
                <td>
                  <ConfirmAction
                    label={`Restore revision ${String(revision.number)}`}
                    confirmLabel="Yes, make it the draft"
                    question={`Make revision ${String(revision.number)} the new draft? The current draft stays in the history; nothing is published until you publish.`}
                    run={() => restore(revision.id)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form
        className="editor-actions"
        onSubmit={(event) => {
          event.preventDefault();
          setError(null);
          Promise.all([loadText(from), loadText(to)]).then(
            ([left, right]) => {
              setDiff({ left, right, label: `${name(from)} and ${name(to)}` });
            },
            () => {
              setError("The revisions could not be loaded. Try again.");
            },
          );
        }}
      >
        <RevisionSelect
          id={fromId}
          label="Compare"
          revisions={revisions}
          value={from}
          onChange={setFrom}
        />
        <RevisionSelect id={toId} label="with" revisions={revisions} value={to} onChange={setTo} />
        <button type="submit" className="button button--secondary">
          Show differences
        </button>
      </form>
      {error ? <p role="alert">{error}</p> : null}
      {diff ? (
        <SideBySideDiff
          caption={`Differences between ${diff.label}`}
          leftTitle={name(from)}
          rightTitle={name(to)}
          left={diff.left}
          right={diff.right}
        />
      ) : null}
    </div>
  );
}

/** One of the two revision pickers of the compare form. */
function RevisionSelect({
  id,
  label,
  revisions,
  value,
  onChange,
}: {
  id: string;
  label: string;
  revisions: readonly { id: string; number: number }[];
  value: string;
  onChange: (revisionId: string) => void;
}) {
  return (
    <div className="form-field">
      <label className="form-field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="form-field__input"
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      >
        {revisions.map((r) => (
          <option key={r.id} value={r.id}>
            Revision {r.number}
          </option>
        ))}
      </select>
    </div>
  );
}
