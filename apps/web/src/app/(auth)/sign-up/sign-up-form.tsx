"use client";
import { useActionState } from "react";
import { FormAlert } from "@soleus/ui/form-field";
import { NewAccountFields } from "@soleus/ui/new-account-fields";
import { useFocusAfterRefusal } from "@soleus/ui/focus-after-refusal";
import { signUpAction, type SignUpFormState } from "~/auth/actions";

/** Name, email and password, with each problem shown next to its field. */
export function SignUpForm({ next, passwordHint }: { next: string; passwordHint: string }) {
  const [state, formAction, pending] = useActionState<SignUpFormState, FormData>(signUpAction, {});
  const errors = state.errors ?? {};
  const count = Object.keys(errors).length;
  // After a refused submission focus goes to the first field with a problem (or the alert).
  const form = useFocusAfterRefusal(count > 0 ? state : undefined);
  return (
    <form ref={form} className="form-stack" action={formAction} noValidate>
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
      <NewAccountFields
        idPrefix="sign-up"
        errors={errors}
        values={state.values}
        passwordHint={passwordHint}
      />
      <div>
        <button className="button" type="submit" disabled={pending}>
          {pending ? "Creating your account…" : "Create account"}
        </button>
      </div>
    </form>
  );
}
