"use client";
import { useId, useState } from "react";
import { ConfirmAction, type ActionResult } from "~/editor/confirm-action";
import { SideBySideDiff } from "~/editor/side-by-side-diff";

/**
 * The built-in course files changed after a coach edited this document: the coach's version is
 * kept; this shows what the files say now and takes it in one step (as a new draft).
 */
export function SourceChangedBanner({
  current,
  source,
  take,
}: {
  current: string;
  source: string;
  take: () => Promise<ActionResult>;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <section className="confirm-box" aria-labelledby={id}>
      <h2 id={id}>The built-in source changed</h2>
      <p>
        The course files now say something different from this version, which a coach edited. Your
        version is kept until you choose otherwise.
      </p>
      <button
        type="button"
        className="button button--secondary"
        aria-expanded={open}
        onClick={() => {
          setOpen(!open);
        }}
      >
        {open ? "Hide the differences" : "Show the differences"}
      </button>
      {open ? (
        <SideBySideDiff
          caption="This version and the built-in source"
          leftTitle="This version"
          rightTitle="Built-in source"
          left={current}
          right={source}
        />
      ) : null}
      <ConfirmAction
        label="Take the source version"
        confirmLabel="Yes, take the source version"
        question="Replace the draft with the built-in source? The current version stays in the revision history."
        run={take}
      />
    </section>
  );
}
