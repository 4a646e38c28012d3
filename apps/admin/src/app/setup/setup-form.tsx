"use client";
import { useActionState } from "react";
import { FormAlert, FormField } from "@soleus/ui/form-field";
import { setUpAction, type SetupFormState } from "~/auth/actions";

/** Name, email and password of the first admin. */
export function SetupForm({ passwordHint }: { passwordHint: string }) {
  const [state, formAction, pending] = useActionState<SetupFormState, FormData>(setUpAction, {});
  const errors = state.errors ?? {};
  const count = Object.keys(errors).length;
  return (
    <form className="form-stack" action={formAction} noValidate>
      <FormAlert
        id="setup-alert"
        message={
          errors.form ??
          (count > 0
            ? `Please fix ${count === 1 ? "the problem" : `the ${count} problems`} below.`
            : undefined)
        }
      />
      <FormField
        id="setup-name"
        name="name"
        label="Your name"
        autoComplete="name"
        required
        error={errors.name}
        defaultValue={state.values?.name}
      />
      <FormField
        id="setup-email"
        name="email"
        label="Email address"
        type="email"
        autoComplete="email"
        required
        error={errors.email}
        defaultValue={state.values?.email}
      />
      <FormField
        id="setup-password"
        name="password"
        label="Choose a password"
        type="password"
        autoComplete="new-password"
        required
        hint={passwordHint}
        error={errors.password}
      />
      <div>
        <button className="button" type="submit" disabled={pending}>
          {pending ? "Creating the account…" : "Create the first admin account"}
        </button>
      </div>
    </form>
  );
}
