"use client";
import { useActionState } from "react";
import { useFocusAfterRefusal } from "./focus-after-refusal";
import { FormAlert, FormField } from "./form-field";

export interface ForgotPasswordFormState {
  error?: string;
  sent?: boolean;
  email?: string;
}

/** "Forgot your password?": asks for the email; afterwards says the same whether or not it has an account. */
export function ForgotPasswordForm({
  action,
}: {
  action: (state: ForgotPasswordFormState, form: FormData) => Promise<ForgotPasswordFormState>;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const form = useFocusAfterRefusal(state.error ? state : undefined);
  if (state.sent) {
    return (
      <div role="status" className="form-notice">
        <p>
          <strong>Check your email.</strong> If there is an account for {state.email}, we have sent
          it a link to choose a new password. The link works once, within 30 minutes.
        </p>
        <p>
          Nothing arrived after a few minutes? Look in your spam folder, or reload this page to try
          again.
        </p>
      </div>
    );
  }
  return (
    <form ref={form} className="form-stack" action={formAction} noValidate>
      <FormAlert id="forgot-alert" message={state.error} />
      <FormField
        id="forgot-email"
        name="email"
        label="Email address"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.email}
      />
      <div>
        <button className="button" type="submit" disabled={pending}>
          {pending ? "Sending…" : "Email me a reset link"}
        </button>
      </div>
    </form>
  );
}
