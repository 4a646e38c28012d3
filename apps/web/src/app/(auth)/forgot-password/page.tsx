import type { Metadata } from "next";
import { ForgotPasswordForm } from "@soleus/ui/forgot-password-form";
import { forgotPasswordAction } from "~/auth/recovery-actions";

export const metadata: Metadata = { title: "Forgot your password?" };

export default function ForgotPasswordPage() {
  return (
    <>
      <h1>Forgot your password?</h1>
      <p>
        Enter the email address you use for Soleus. We will email you a link to choose a new
        password.
      </p>
      <ForgotPasswordForm action={forgotPasswordAction} />
      <p>
        Remembered it? <a href="/sign-in">Sign in</a>.
      </p>
    </>
  );
}
