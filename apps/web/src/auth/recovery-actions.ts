"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import {
  confirmSignUpFromRequest,
  requestPasswordResetFromRequest,
  resetPasswordFromRequest,
} from "@soleus/app-runtime/account-recovery";
import { formText } from "@soleus/app-runtime/form-input";
import { safeNext } from "@soleus/app-runtime/safe-next";
import type { ForgotPasswordFormState } from "@soleus/ui/forgot-password-form";
import type { NewPasswordFormState } from "@soleus/ui/new-password-form";

/** "Forgot your password?" on the learner site. */
export async function forgotPasswordAction(
  _state: ForgotPasswordFormState,
  form: FormData,
): Promise<ForgotPasswordFormState> {
  const email = formText(form, "email").trim();
  const result = await requestPasswordResetFromRequest(await headers(), "web", email);
  return result.ok ? { sent: true, email } : { error: result.message, email };
}

/** The new password behind a reset link; then to the sign-in page. */
export async function resetPasswordAction(
  _state: NewPasswordFormState,
  form: FormData,
): Promise<NewPasswordFormState> {
  const result = await resetPasswordFromRequest(
    "web",
    formText(form, "token"),
    formText(form, "password"),
  );
  if (!result.ok)
    return result.reason === "weak_password"
      ? { error: result.message }
      : { linkProblem: result.message };
  redirect("/sign-in?reset=1");
}

export interface ConfirmSignUpState {
  error?: string;
}

/** The last step of sign-up: the account is made and the learner signed in. */
export async function confirmSignUpAction(
  _state: ConfirmSignUpState,
  form: FormData,
): Promise<ConfirmSignUpState> {
  const result = await confirmSignUpFromRequest(formText(form, "token"));
  if (!result.ok) return { error: result.message };
  (await cookies()).set(result.cookie.name, result.cookie.value, result.cookie.options);
  redirect(safeNext(form.get("next")));
}
