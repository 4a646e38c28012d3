"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { signUpFromRequest } from "@soleus/app-runtime/account";
import type { SignInFormState } from "@soleus/ui/password-sign-in-form";
import { formText, signInWithForm, type NewAccountFormState } from "@soleus/app-runtime/form-input";
import { safeNext } from "@soleus/app-runtime/safe-next";

export type SignUpFormState = NewAccountFormState;

/** Password sign-in. Server actions are POST-only and checked for same origin by Next.js. */
export async function signInAction(
  _state: SignInFormState,
  form: FormData,
): Promise<SignInFormState> {
  const result = await signInWithForm(await headers(), "web", form);
  if (!result.ok) return { error: result.error, email: result.email };
  (await cookies()).set(result.cookie.name, result.cookie.value, result.cookie.options);
  redirect(result.next);
}

/** Learner sign-up: "check your email" (the same answer whether or not the email has an account). */
export async function signUpAction(
  _state: SignUpFormState,
  form: FormData,
): Promise<SignUpFormState> {
  const values = { name: formText(form, "name"), email: formText(form, "email") };
  const next = safeNext(form.get("next"));
  const result = await signUpFromRequest(
    await headers(),
    { ...values, password: formText(form, "password") },
    next,
  );
  if (!result.ok) return { errors: result.errors, values };
  if ("checkEmail" in result) redirect(`/check-email?sent=sign-up`);
  (await cookies()).set(result.cookie.name, result.cookie.value, result.cookie.options);
  redirect(next);
}
