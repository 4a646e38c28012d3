"use client";
import { useId, useState } from "react";
import type { LessonDraft } from "./lesson-draft";
import { SideBySideDiff } from "./side-by-side-diff";
import { mergeThreeWay } from "./three-way-merge";

type TextField = "title" | "summary";

/** A field both coaches changed keeps mine; a field only they changed takes theirs. */
function mergeField<T>(base: T, mine: T, theirs: T): T {
  const same = (a: T, b: T) => JSON.stringify(a) === JSON.stringify(b);
  if (same(mine, base)) return theirs;
  return mine;
}

/** Fields that both sides changed, differently: the coach sees both values. */
function bothChanged<T>(base: T, mine: T, theirs: T): boolean {
  const same = (a: T, b: T) => JSON.stringify(a) === JSON.stringify(b);
  return !same(mine, base) && !same(theirs, base) && !same(mine, theirs);
}

/**
 * Someone else saved first. Both versions side by side with the differences, and a merged
 * version to check and save against theirs: every line either coach typed is in the merge
 * until the coach removes it.
 */
export function ConflictView({
  base,
  mine,
  theirs,
  theirAuthor,
  onSaveMerge,
}: {
  base: LessonDraft;
  mine: LessonDraft;
  theirs: LessonDraft;
  theirAuthor: string | null;
  onSaveMerge: (merged: LessonDraft) => void;
}) {
  const headingId = useId();
  const mergedId = useId();
  const merge = mergeThreeWay(base.bodyMarkdown, mine.bodyMarkdown, theirs.bodyMarkdown);
  const [body, setBody] = useState(merge.text);
  const [fields, setFields] = useState(() => ({
    title: mergeField(base.title, mine.title, theirs.title),
    summary: mergeField(base.summary, mine.summary, theirs.summary),
  }));
  const who = theirAuthor ?? "Another coach";
  const textConflicts = (["title", "summary"] as TextField[]).filter((field) =>
    bothChanged(base[field], mine[field], theirs[field]),
  );

  return (
    <section className="conflict" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {who} saved this lesson while you were editing
      </h2>
      <p role="alert">
        Nothing is lost: your version is kept on this device, and the merge below holds both. Check
        the merged text, then save it.
        {merge.conflicts > 0
          ? ` ${String(merge.conflicts)} ${merge.conflicts === 1 ? "place was" : "places were"} changed by both of you: both versions are in the merge, yours first.`
          : " You changed different places; they were combined."}
      </p>
      <SideBySideDiff
        caption="Lesson text: yours and theirs"
        leftTitle="Your version"
        rightTitle={`${who}'s version`}
        left={mine.bodyMarkdown}
        right={theirs.bodyMarkdown}
        leftOnlyLabel="Only in your version:"
        rightOnlyLabel={`Only in ${who}'s version:`}
      />
      {textConflicts.map((field) => (
        <fieldset key={field} className="conflict__field">
          <legend>Both of you changed the {field}</legend>
          <p>
            Yours: <q>{mine[field]}</q>. {who}&apos;s: <q>{theirs[field]}</q>.
          </p>
          <label className="form-field__label" htmlFor={`${mergedId}-${field}`}>
            Merged {field}
          </label>
          <input
            id={`${mergedId}-${field}`}
            className="form-field__input"
            value={fields[field]}
            onChange={(event) => {
              setFields({ ...fields, [field]: event.target.value });
            }}
          />
        </fieldset>
      ))}
      <label className="form-field__label" htmlFor={mergedId}>
        Merged lesson text
      </label>
      <textarea
        id={mergedId}
        className="form-field__input conflict__merged"
        rows={16}
        value={body}
        onChange={(event) => {
          setBody(event.target.value);
        }}
      />
      <button
        type="button"
        className="button"
        onClick={() => {
          onSaveMerge({
            title: fields.title,
            summary: fields.summary,
            minutes: mergeField(base.minutes, mine.minutes, theirs.minutes),
            objectives: mergeField(base.objectives, mine.objectives, theirs.objectives),
            bodyMarkdown: body,
            quizSlug: mergeField(base.quizSlug, mine.quizSlug, theirs.quizSlug),
          });
        }}
      >
        Save the merged version
      </button>
    </section>
  );
}
