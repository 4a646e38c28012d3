import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signInMethods } from "@soleus/app-runtime/auth-setup";
import { currentSession } from "@soleus/app-runtime/account";
import { MagicLinkForm } from "@soleus/ui/magic-link-form";
import { PasswordSignInForm } from "@soleus/ui/password-sign-in-form";
import { signInAction } from "~/auth/actions";
import { safeNext } from "@soleus/app-runtime/safe-next";
import { authErrorMessage } from "@soleus/app-runtime/auth-errors";
import { canResetPasswords } from "@soleus/app-runtime/account-recovery";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const next = safeNext(typeof params.next === "string" ? params.next : null);
  if (await currentSession(await headers(), "web")) redirect(next);
  const methods = signInMethods("web");
  const problem = authErrorMessage(params.error);
  return (
    <>
      <h1>Sign in</h1>
      {problem ? (
        <p className="form-alert" role="alert">
          {problem}
        </p>
      ) : null}
      {params.reset === "1" ? (
        <p className="form-notice" role="status">
          Your new password is saved, and every other device is signed out. Sign in with it now.
        </p>
      ) : null}
      <PasswordSignInForm action={signInAction} next={next} />
      {canResetPasswords("web") ? (
        <p>
          <a href="/forgot-password">Forgot your password?</a>
        </p>
      ) : null}
      <p>
        New here? <a href={`/sign-up?next=${encodeURIComponent(next)}`}>Create an account</a>. It is
        free.
      </p>
      {methods.magicLink ? (
        <section aria-labelledby="magic-heading" className="form-divider">
          <h2 id="magic-heading">Or sign in without a password</h2>
          <MagicLinkForm callbackUrl={next} />
        </section>
      ) : null}
      {methods.github || methods.google ? (
        <section aria-labelledby="oauth-heading" className="form-divider">
          <h2 id="oauth-heading">Or use another account</h2>
          <p>These buttons take you to that company&apos;s sign-in page and back.</p>
          {methods.github ? (
            <a className="button button--secondary" href="/api/auth/signin?provider=github">
              Sign in with GitHub
            </a>
          ) : null}{" "}
          {methods.google ? (
            <a className="button button--secondary" href="/api/auth/signin?provider=google">
              Sign in with Google
            </a>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
