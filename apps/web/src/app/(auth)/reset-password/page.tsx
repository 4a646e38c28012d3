import type { Metadata } from "next";
import { resetLinkWorksFor } from "@soleus/app-runtime/account-recovery";
import { PASSWORD_HINT } from "@soleus/app-runtime/password-hint";
import { ResetPasswordContent } from "@soleus/ui/reset-password-content";
import { resetPasswordAction } from "~/auth/recovery-actions";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { token } = await searchParams;
  const works = typeof token === "string" && (await resetLinkWorksFor("web", token));
  return (
    <ResetPasswordContent
      token={works ? token : null}
      action={resetPasswordAction}
      passwordHint={PASSWORD_HINT}
    />
  );
}
