import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { currentSession, needsFirstAdmin } from "@soleus/app-runtime/account";
import { signInMethods } from "@soleus/app-runtime/auth-setup";
import { MagicLinkForm } from "@soleus/ui/magic-link-form";
import { PasswordSignInForm } from "@soleus/ui/password-sign-in-form";
import { signInAction } from "~/auth/actions";
import { authErrorMessage } from "@soleus/app-runtime/auth-errors";
import { safeNext } from "@soleus/app-runtime/safe-next";
import { canResetPasswords } from "@soleus/app-runtime/account-recovery";

export const metadata: Metadata = { title: "Sign in" };

export default async function AdminSignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const next = safeNext(typeof params.next === "string" ? params.next : null);
  const session = await currentSession(await headers(), "admin");
  if (session && (session.user.role === "coach" || session.user.role === "admin")) redirect(next);
  const firstRun = await needsFirstAdmin();
  const methods = signInMethods("admin");
  const problem = authErrorMessage(params.error);
  return (
    <>
      <h1>Sign in to Soleus Admin</h1>
      {firstRun ? (
        <p className="form-alert">
          Soleus has no admin yet. <a href="/setup">Create the first admin account</a>.
        </p>
      ) : null}
      {problem ? (
        <p className="form-alert" role="alert">
          {problem}
        </p>
      ) : null}
      <p>For coaches and admins. Learners sign in on the learner site.</p>
      {params.reset === "1" ? (
        <p className="form-notice" role="status">
          Your new password is saved, and every other device is signed out. Sign in with it now.
        </p>
      ) : null}
      <PasswordSignInForm action={signInAction} next={next} />
      {canResetPasswords("admin") && !firstRun ? (
        <p>
          <a href="/forgot-password">Forgot your password?</a>
        </p>
      ) : null}
      {methods.magicLink && !firstRun ? (
        <section aria-labelledby="magic-heading" className="form-divider">
          <h2 id="magic-heading">Or sign in without a password</h2>
          <MagicLinkForm callbackUrl={next} />
        </section>
      ) : null}
    </>
  );
}
