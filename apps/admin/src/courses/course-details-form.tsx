"use client";
import { useId, useState } from "react";

export interface CourseObjective {
  id: string;
  title: string;
  description: string;
}

export interface CourseDetails {
  title: string;
  summary: string;
  audience: string;
  minutes: number;
  objectives: CourseObjective[];
}

export interface CourseDetailsStatus {
  ok: boolean;
  message: string;
}

/** The outcome of saving the details, in a live region that stays while the form reloads. */
export function CourseDetailsStatusLine({ status }: { status: CourseDetailsStatus | null }) {
  return (
    <div role="status" aria-live="polite">
      {status ? <p className={status.ok ? "notice" : "confirm-box"}>{status.message}</p> : null}
    </div>
  );
}

type Errors = Partial<Record<"title" | "summary" | "audience" | "minutes" | "objectives", string>>;

const slug = /^[a-z0-9][a-z0-9-]*$/;

export function courseDetailErrors(details: CourseDetails): Errors {
  const errors: Errors = {};
  if (details.title.trim() === "") errors.title = "Give the course a title.";
  else if (details.title.trim().length > 120) errors.title = "Keep the title to 120 characters.";
  if (details.summary.trim() === "") errors.summary = "Write a short summary for the catalogue.";
  else if (details.summary.trim().length > 500)
    errors.summary = "Keep the summary to 500 characters.";
  if (details.audience.trim() === "") errors.audience = "Say who the course is for.";
  if (!Number.isInteger(details.minutes) || details.minutes < 1 || details.minutes > 1000)
    errors.minutes = "Minutes must be a whole number from 1 to 1000.";
  const ids = details.objectives.map((o) => o.id.trim());
  if (details.objectives.length === 0) errors.objectives = "Add at least one objective.";
  else if (ids.some((id) => !slug.test(id)))
    errors.objectives =
      "Each objective id uses lower-case letters, digits and hyphens (e.g. calf-anatomy).";
  else if (new Set(ids).size !== ids.length) errors.objectives = "Two objectives have the same id.";
  else if (details.objectives.some((o) => o.title.trim() === "" || o.description.trim() === ""))
    errors.objectives = "Every objective needs a title and a description.";
  return errors;
}

function TextField({
  id,
  label,
  value,
  error,
  multiline,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  error: string | undefined;
  multiline?: boolean;
  onChange: (value: string) => void;
}) {
  const props = {
    id,
    className: "form-field__input",
    value,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : undefined,
    onChange: (event: { target: { value: string } }) => {
      onChange(event.target.value);
    },
  };
  return (
    <div className="form-field">
      <label className="form-field__label" htmlFor={id}>
        {label}
      </label>
      {error ? (
        <p className="form-field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {multiline ? <textarea rows={3} {...props} /> : <input {...props} />}
    </div>
  );
}

/**
 * Title, summary, audience, minutes and objectives of a course, validated inline; the save goes
 * to the server with the version it was based on (a stale save comes back as a conflict).
 */
export function CourseDetailsForm({
  initial,
  submitLabel,
  onSubmit,
  onStatus,
}: {
  initial: CourseDetails;
  submitLabel: string;
  onSubmit: (details: CourseDetails) => Promise<{ ok: true } | { ok: false; message: string }>;
  /**
   * What happened to the last save ("Saved.", or why not), for the caller to show: a save
   * reloads the course, which may start this form afresh, and the message must outlive that.
   */
  onStatus: (status: CourseDetailsStatus | null) => void;
}) {
  const base = useId();
  const [details, setDetails] = useState(initial);
  const [shown, setShown] = useState(false);
  const setStatus = onStatus;
  const errors = shown ? courseDetailErrors(details) : {};
  const set = (patch: Partial<CourseDetails>) => {
    setDetails({ ...details, ...patch });
  };
  const setObjective = (index: number, patch: Partial<CourseObjective>) => {
    set({ objectives: details.objectives.map((o, i) => (i === index ? { ...o, ...patch } : o)) });
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setShown(true);
        if (Object.keys(courseDetailErrors(details)).length > 0) {
          setStatus({ ok: false, message: "Fix the fields marked below, then save again." });
          return;
        }
        setStatus(null);
        void onSubmit(details).then((result) => {
          setStatus(
            result.ok ? { ok: true, message: "Saved." } : { ok: false, message: result.message },
          );
        });
      }}
    >
      <TextField
        id={`${base}-title`}
        label="Course title"
        value={details.title}
        error={errors.title}
        onChange={(title) => {
          set({ title });
        }}
      />
      <TextField
        id={`${base}-summary`}
        label="Summary"
        value={details.summary}
        error={errors.summary}
        multiline
        onChange={(summary) => {
          set({ summary });
        }}
      />
      <TextField
        id={`${base}-audience`}
        label="Who it is for"
        value={details.audience}
        error={errors.audience}
        multiline
        onChange={(audience) => {
          set({ audience });
        }}
      />
      <TextField
        id={`${base}-minutes`}
        label="Minutes in total"
        value={Number.isNaN(details.minutes) ? "" : String(details.minutes)}
        error={errors.minutes}
        onChange={(text) => {
          set({ minutes: text.trim() === "" ? Number.NaN : Number(text) });
        }}
      />
      <fieldset className="course-objectives">
        <legend className="form-field__label">Objectives</legend>
        {errors.objectives ? (
          <p className="form-field__error" role="alert">
            {errors.objectives}
          </p>
        ) : null}
        {details.objectives.map((objective, index) => (
          <fieldset key={index} className="course-objectives__one">
            <legend>Objective {index + 1}</legend>
            <TextField
              id={`${base}-objective-${String(index)}-id`}
              label="Id"
              value={objective.id}
              error={undefined}
              onChange={(id) => {
                setObjective(index, { id });
              }}
            />
            <TextField
              id={`${base}-objective-${String(index)}-title`}
              label="Title"
              value={objective.title}
              error={undefined}
              onChange={(title) => {
                setObjective(index, { title });
              }}
            />
            <TextField
              id={`${base}-objective-${String(index)}-description`}
              label="Description"
              value={objective.description}
              error={undefined}
              multiline
              onChange={(description) => {
                setObjective(index, { description });
              }}
            />
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                set({ objectives: details.objectives.filter((_, i) => i !== index) });
              }}
            >
              Remove objective {index + 1}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            set({ objectives: [...details.objectives, { id: "", title: "", description: "" }] });
          }}
        >
          Add an objective
        </button>
      </fieldset>
      <button type="submit" className="button">
        {submitLabel}
      </button>
    </form>
  );
}
