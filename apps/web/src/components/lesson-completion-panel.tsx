"use client";

import { useEffect, useRef } from "react";
import { readerStatePath, type ReaderState } from "~/reading/reader-state";

// The panel renders only in the browser, once the reader's state has arrived, so the date is in
// the reader's own time zone with no server render to disagree with.
const dateText = (iso: string) =>
  new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });

/** The plain form behind "Mark complete" (the route answers 303 back to `#lesson-complete`). */
function MarkCompleteForm({
  course,
  lesson,
  note,
}: {
  course: string;
  lesson: string;
  note: string;
}) {
  return (
    <form method="post" action={readerStatePath(course, lesson)}>
      <p>{note}</p>
      <button type="submit" className="button">
        Mark this lesson complete
      </button>
    </form>
  );
}

/**
 * "Mark complete" at the end of a lesson, for signed-in readers: a plain form posting to the
 * lesson's reading route, which comes back to `#lesson-complete`. Shows the date once done.
 * The panel appears when the reader's state has arrived, so it takes the focus the address asks for.
 * Without JavaScript the same form is offered to everyone (see below).
 */
export function LessonCompletionPanel({
  course,
  lesson,
  state,
}: {
  course: string;
  lesson: string;
  state: ReaderState | undefined;
}) {
  const panel = useRef<HTMLElement>(null);
  const shown = Boolean(state?.person);
  useEffect(() => {
    if (shown && window.location.hash === "#lesson-complete") panel.current?.focus();
  }, [shown]);
  if (state === undefined) {
    // Before the reader's state arrives, and for good without JavaScript: the plain form, which
    // sends anyone not signed in to sign in first (marking twice changes nothing).
    return (
      <noscript>
        <section className="lesson-complete quiz-mention" aria-labelledby="lesson-complete-title">
          <h2 id="lesson-complete-title">Finished reading?</h2>
          <MarkCompleteForm
            course={course}
            lesson={lesson}
            note="Mark it complete to keep track on your progress page (you will be asked to sign in first if you have not)."
          />
        </section>
      </noscript>
    );
  }
  if (!state.person) return null;
  const { completedAt } = state;
  return (
    <section
      id="lesson-complete"
      ref={panel}
      className="lesson-complete quiz-mention"
      aria-labelledby="lesson-complete-title"
      tabIndex={-1}
    >
      <h2 id="lesson-complete-title">{completedAt ? "Lesson complete" : "Finished reading?"}</h2>
      {completedAt ? (
        <p role="status">
          <span aria-hidden="true">✓ </span>You completed this lesson on {dateText(completedAt)}.
        </p>
      ) : (
        <MarkCompleteForm
          course={course}
          lesson={lesson}
          note="Mark it complete to keep track on your progress page."
        />
      )}
    </section>
  );
}
