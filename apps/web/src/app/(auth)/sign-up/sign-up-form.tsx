"use client";
import { useActionState } from "react";
import { FormAlert, FormField } from "@soleus/ui/form-field";
import { signUpAction, type SignUpFormState } from "~/auth/actions";

/** Name, email and password, with each problem shown next to its field. */
export function SignUpForm({ next, passwordHint }: { next: string; passwordHint: string }) {
  const [state, formAction, pending] = useActionState<SignUpFormState, FormData>(signUpAction, {});
  const errors = state.errors ?? {};
  const count = Object.keys(errors).length;
  return (
    <form className="form-stack" action={formAction} noValidate>
      <FormAlert
        id="sign-up-alert"
        message={
          errors.form ??
          (count > 0
            ? `Please fix ${count === 1 ? "the problem" : `the ${count} problems`} below.`
            : undefined)
        }
      />
      <input type="hidden" name="next" value={next} />
      <FormField
        id="sign-up-name"
        name="name"
        label="Your name"
        autoComplete="name"
        required
        error={errors.name}
        defaultValue={state.values?.name}
      />
      <FormField
        id="sign-up-email"
        name="email"
        label="Email address"
        type="email"
        autoComplete="email"
        required
        error={errors.email}
        defaultValue={state.values?.email}
      />
      <FormField
        id="sign-up-password"
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
          {pending ? "Creating your account…" : "Create account"}
        </button>
      </div>
    </form>
  );
}
