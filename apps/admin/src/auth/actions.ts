"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { setUpFirstAdmin } from "@soleus/app-runtime/account";
import type { SignInFormState } from "@soleus/ui/password-sign-in-form";
import { formText, signInWithForm, type NewAccountFormState } from "@soleus/app-runtime/form-input";

export interface SetupFormState {
  errors?: NonNullable<NewAccountFormState["errors"]> & { setupCode?: string };
  values?: NonNullable<NewAccountFormState["values"]> & { setupCode: string };
}

/** Password sign-in for coaches and admins (learners are told to use the learner site). */
export async function signInAction(
  _state: SignInFormState,
  form: FormData,
): Promise<SignInFormState> {
  const result = await signInWithForm(await headers(), "admin", form);
  if (!result.ok) return { error: result.error, email: result.email };
  (await cookies()).set(result.cookie.name, result.cookie.value, result.cookie.options);
  redirect(result.next);
}

/** First run only: creates the first admin and signs them in. */
export async function setUpAction(_state: SetupFormState, form: FormData): Promise<SetupFormState> {
  const values = {
    name: formText(form, "name"),
    email: formText(form, "email"),
    setupCode: formText(form, "setupCode"),
  };
  const result = await setUpFirstAdmin({ ...values, password: formText(form, "password") });
  if (!result.ok) {
    if ("alreadySetUp" in result)
      return {
        errors: { form: "Soleus Admin is already set up. Please sign in instead." },
        values,
      };
    return { errors: result.errors, values };
  }
  (await cookies()).set(result.cookie.name, result.cookie.value, result.cookie.options);
  redirect("/");
}
