"use client";
import { useActionState } from "react";
import { useFocusAfterRefusal } from "./focus-after-refusal";
import { FormAlert, FormField } from "./form-field";

export interface SignInFormState {
  error?: string;
  email?: string;
}

/** Email + password sign-in; the server action returns a message to show, or redirects. */
export function PasswordSignInForm({
  action,
  next,
  submitLabel = "Sign in",
}: {
  action: (state: SignInFormState, form: FormData) => Promise<SignInFormState>;
  next: string;
  submitLabel?: string;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const form = useFocusAfterRefusal(state.error ? state : undefined);
  return (
    <form
      ref={form}
      className="form-stack"
      action={formAction}
      aria-describedby={state.error ? "sign-in-alert" : undefined}
      noValidate
    >
      <FormAlert id="sign-in-alert" message={state.error} />
      <input type="hidden" name="next" value={next} />
      <FormField
        id="sign-in-email"
        name="email"
        label="Email address"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.email}
      />
      <FormField
        id="sign-in-password"
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
      />
      <div>
        <button className="button" type="submit" disabled={pending}>
          {pending ? "Signing in…" : submitLabel}
        </button>
      </div>
    </form>
  );
}
