"use client";
import { useActionState } from "react";
import { FormAlert } from "@soleus/ui/form-field";
import { confirmSignUpAction, type ConfirmSignUpState } from "~/auth/recovery-actions";

/** One button: a mail scanner that opens the link creates nothing; a person's click does. */
export function ConfirmSignUpForm({ token, next }: { token: string; next: string }) {
  const [state, formAction, pending] = useActionState<ConfirmSignUpState, FormData>(
    confirmSignUpAction,
    {},
  );
  return (
    <form className="form-stack" action={formAction}>
      <FormAlert id="confirm-alert" message={state.error} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="next" value={next} />
      <div>
        <button className="button" type="submit" disabled={pending}>
          {pending ? "Creating your account…" : "Create my account"}
        </button>
      </div>
    </form>
  );
}
