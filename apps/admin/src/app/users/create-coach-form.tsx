"use client";
import type { SyntheticEvent } from "react";
import { ErrorSummary, type FieldProblem } from "@soleus/ui/error-summary";
import { FormField } from "@soleus/ui/form-field";

type Field = "name" | "email" | "password";
export type CoachFieldErrors = Partial<Record<Field, string>>;

const FIELD_IDS: Record<Field, string> = {
  name: "coach-name",
  email: "coach-email",
  password: "coach-password",
};

/**
 * Create a coach account. After a refused submission the error summary takes focus and lists
 * each problem (in the coach's terms) as a link to its field; each field shows its own message.
 */
export function CreateCoachForm({
  passwordHint,
  busy,
  errors,
  revision,
  onSubmit,
}: {
  passwordHint: string;
  busy: boolean;
  errors: CoachFieldErrors;
  /** Counts refused submissions (see ErrorSummary). */
  revision: number;
  onSubmit: (input: { name: string; email: string; password: string }) => void;
}) {
  const problems: FieldProblem[] = (Object.keys(FIELD_IDS) as Field[])
    .filter((field) => errors[field])
    .map((field) => ({ fieldId: FIELD_IDS[field], message: errors[field] ?? "" }));

  function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => {
      const value = form.get(name);
      return typeof value === "string" ? value : "";
    };
    onSubmit({ name: text("name"), email: text("email"), password: text("password") });
  }

  return (
    <form className="form-stack" onSubmit={submit} noValidate aria-labelledby="create-coach">
      <ErrorSummary problems={problems} revision={revision} />
      <FormField
        id={FIELD_IDS.name}
        name="name"
        label="Coach's name"
        autoComplete="off"
        required
        error={errors.name}
      />
      <FormField
        id={FIELD_IDS.email}
        name="email"
        label="Coach's email address"
        type="email"
        autoComplete="off"
        required
        error={errors.email}
      />
      <FormField
        id={FIELD_IDS.password}
        name="password"
        label="First password"
        type="password"
        autoComplete="new-password"
        required
        hint={passwordHint}
        error={errors.password}
      />
      <div>
        <button className="button" type="submit" disabled={busy}>
          Create coach account
        </button>
      </div>
    </form>
  );
}
