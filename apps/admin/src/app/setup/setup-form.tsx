"use client";
import { useActionState } from "react";
import { FormAlert, FormField } from "@soleus/ui/form-field";
import { NewAccountFields } from "@soleus/ui/new-account-fields";
import { useFocusAfterRefusal } from "@soleus/ui/focus-after-refusal";
import { setUpAction, type SetupFormState } from "~/auth/actions";

/** The setup code from the run command's log, then name, email and password of the first admin. */
export function SetupForm({ passwordHint }: { passwordHint: string }) {
  const [state, formAction, pending] = useActionState<SetupFormState, FormData>(setUpAction, {});
  const errors = state.errors ?? {};
  const count = Object.keys(errors).length;
  // After a refused submission focus goes to the first field with a problem (or the alert).
  const form = useFocusAfterRefusal(count > 0 ? state : undefined);
  return (
    <form ref={form} className="form-stack" action={formAction} noValidate>
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
        id="setup-code"
        name="setupCode"
        label="Setup code"
        autoComplete="off"
        required
        hint='8 letters and digits, like "K7QX-M2PD". The command that started Soleus (npm start) printed it in its log, on the line "first-admin setup code"; it is also in the file setup-code in the data directory.'
        error={errors.setupCode}
        defaultValue={state.values?.setupCode}
      />
      <NewAccountFields
        idPrefix="setup"
        errors={errors}
        values={state.values}
        passwordHint={passwordHint}
      />
      <div>
        <button className="button" type="submit" disabled={pending}>
          {pending ? "Creating the account…" : "Create the first admin account"}
        </button>
      </div>
    </form>
  );
}
