"use client";
import { useActionState } from "react";
import { useFocusAfterRefusal } from "./focus-after-refusal";
import { FormAlert, FormField } from "./form-field";

export interface NewPasswordFormState {
  /** The strength advice for the password typed. */
  error?: string;
  /** Why the link no longer works. */
  linkProblem?: string;
}

/** The form behind a reset link: one new password, with the same hint and advice as sign-up. */
export function NewPasswordForm({
  action,
  token,
  passwordHint,
}: {
  action: (state: NewPasswordFormState, form: FormData) => Promise<NewPasswordFormState>;
  token: string;
  passwordHint: string;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const form = useFocusAfterRefusal(state.error || state.linkProblem ? state : undefined);
  return (
    <form ref={form} className="form-stack" action={formAction} noValidate>
      <FormAlert
        id="reset-alert"
        message={
          state.linkProblem ??
          (state.error ? "Please choose another password (see below)." : undefined)
        }
      />
      <input type="hidden" name="token" value={token} />
      <FormField
        id="reset-password"
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint={passwordHint}
        error={state.error}
      />
      <div>
        <button className="button" type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save my new password"}
        </button>
      </div>
    </form>
  );
}
