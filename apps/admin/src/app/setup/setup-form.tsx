"use client";
import { useActionState } from "react";
import { FormAlert } from "@soleus/ui/form-field";
import { NewAccountFields } from "@soleus/ui/new-account-fields";
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
      <NewAccountFields idPrefix="setup" errors={errors} values={state.values} passwordHint={passwordHint} />
      <div>
        <button className="button" type="submit" disabled={pending}>
          {pending ? "Creating the account…" : "Create the first admin account"}
        </button>
      </div>
    </form>
  );
}
