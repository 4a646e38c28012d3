"use client";
import type { LessonDraft, LessonFieldErrors } from "./lesson-draft";

function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error: string | undefined;
  children: (describedBy: string | undefined) => React.ReactNode;
}) {
  const describedBy = [error ? `${id}-error` : "", hint ? `${id}-hint` : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="form-field">
      <label className="form-field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="form-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="form-field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {children(describedBy || undefined)}
    </div>
  );
}

/** Title, summary, minutes and objectives, each with its inline message. */
export function LessonFields({
  draft,
  errors,
  objectiveChoices,
  quizChoices = [],
  onChange,
}: {
  draft: LessonDraft;
  errors: LessonFieldErrors;
  /** The course's objectives (id and what it says); a lesson teaches at least one. */
  objectiveChoices: { id: string; text: string }[];
  /** The course's lesson-check quizzes; the chosen one is the lesson's check. */
  quizChoices?: { slug: string; title: string }[];
  onChange: (draft: LessonDraft) => void;
}) {
  const quizzes =
    draft.quizSlug && !quizChoices.some((quiz) => quiz.slug === draft.quizSlug)
      ? [...quizChoices, { slug: draft.quizSlug, title: `${draft.quizSlug} (not in this course)` }]
      : quizChoices;
  const choices = [
    ...objectiveChoices,
    ...draft.objectives
      .filter((id) => !objectiveChoices.some((choice) => choice.id === id))
      .map((id) => ({ id, text: id })),
  ];
  return (
    <div className="lesson-fields">
      <Field id="lesson-title" label="Title" error={errors.title}>
        {(describedBy) => (
          <input
            id="lesson-title"
            className="form-field__input"
            value={draft.title}
            aria-invalid={errors.title ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => {
              onChange({ ...draft, title: event.target.value });
            }}
          />
        )}
      </Field>
      <Field
        id="lesson-summary"
        label="Summary"
        hint="One sentence for the course page."
        error={errors.summary}
      >
        {(describedBy) => (
          <textarea
            id="lesson-summary"
            className="form-field__input"
            rows={2}
            value={draft.summary}
            aria-invalid={errors.summary ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => {
              onChange({ ...draft, summary: event.target.value });
            }}
          />
        )}
      </Field>
      <Field id="lesson-minutes" label="Minutes to read" error={errors.minutes}>
        {(describedBy) => (
          <input
            id="lesson-minutes"
            className="form-field__input lesson-fields__minutes"
            inputMode="numeric"
            value={Number.isNaN(draft.minutes) ? "" : String(draft.minutes)}
            aria-invalid={errors.minutes ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => {
              const text = event.target.value.trim();
              onChange({ ...draft, minutes: text === "" ? Number.NaN : Number(text) });
            }}
          />
        )}
      </Field>
      <Field
        id="lesson-quiz"
        label="Check quiz"
        hint={
          quizChoices.length === 0
            ? "The course has no lesson-check quiz yet: create one on the course page."
            : "The short quiz at the end of this lesson. Passing it completes the lesson."
        }
        error={undefined}
      >
        {(describedBy) => (
          <select
            id="lesson-quiz"
            className="form-field__input"
            value={draft.quizSlug ?? ""}
            aria-describedby={describedBy}
            onChange={(event) => {
              onChange({
                ...draft,
                quizSlug: event.target.value === "" ? null : event.target.value,
              });
            }}
          >
            <option value="">No check quiz</option>
            {quizzes.map((quiz) => (
              <option key={quiz.slug} value={quiz.slug}>
                {quiz.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset
        className="lesson-fields__objectives"
        aria-describedby={errors.objectives ? "lesson-objectives-error" : undefined}
      >
        <legend className="form-field__label">Objectives this lesson teaches</legend>
        {errors.objectives ? (
          <p className="form-field__error" id="lesson-objectives-error">
            {errors.objectives}
          </p>
        ) : null}
        {choices.length === 0 ? <p>The course has no objectives yet.</p> : null}
        {choices.map((choice) => (
          <label key={choice.id} className="checkbox-row">
            <input
              type="checkbox"
              checked={draft.objectives.includes(choice.id)}
              onChange={(event) => {
                const objectives = event.target.checked
                  ? [...draft.objectives, choice.id]
                  : draft.objectives.filter((id) => id !== choice.id);
                onChange({ ...draft, objectives });
              }}
            />{" "}
            {choice.text}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
