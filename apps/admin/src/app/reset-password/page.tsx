import type { Metadata } from "next";
import { resetLinkWorksFor } from "@soleus/app-runtime/account-recovery";
import { PASSWORD_HINT } from "@soleus/app-runtime/password-hint";
import { NewPasswordForm } from "@soleus/ui/new-password-form";
import { resetPasswordAction } from "~/auth/recovery-actions";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await searchParams;
  const works = typeof token === "string" && (await resetLinkWorksFor("admin", token));
  if (!works) {
    return (
      <>
        <h1>This link no longer works</h1>
        <p>
          Reset links work once, within 30 minutes. <a href="/forgot-password">Ask for a new link</a>.
        </p>
      </>
    );
  }
  return (
    <>
      <h1>Choose a new password</h1>
      <p>Saving it signs you out on every other device.</p>
      <NewPasswordForm action={resetPasswordAction} token={token} passwordHint={PASSWORD_HINT} />
    </>
  );
}
