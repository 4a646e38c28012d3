"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import {
  requestPasswordResetFromRequest,
  resetPasswordFromRequest,
} from "@soleus/app-runtime/account-recovery";
import { formText } from "@soleus/app-runtime/form-input";
import type { ForgotPasswordFormState } from "@soleus/ui/forgot-password-form";
import type { NewPasswordFormState } from "@soleus/ui/new-password-form";

/** "Forgot your password?" for coaches and admins. */
export async function forgotPasswordAction(
  _state: ForgotPasswordFormState,
  form: FormData,
): Promise<ForgotPasswordFormState> {
  const email = formText(form, "email").trim();
  const result = await requestPasswordResetFromRequest(await headers(), "admin", email);
  return result.ok ? { sent: true, email } : { error: result.message, email };
}

/** The new password behind a reset link; then to the sign-in page. */
export async function resetPasswordAction(
  _state: NewPasswordFormState,
  form: FormData,
): Promise<NewPasswordFormState> {
  const result = await resetPasswordFromRequest(
    "admin",
    formText(form, "token"),
    formText(form, "password"),
  );
  if (!result.ok)
    return result.reason === "weak_password"
      ? { error: result.message }
      : { linkProblem: result.message };
  redirect("/sign-in?reset=1");
}
