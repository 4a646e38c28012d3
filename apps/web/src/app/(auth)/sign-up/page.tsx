import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { currentSession } from "@soleus/app-runtime/account";
import { PASSWORD_HINT } from "@soleus/app-runtime/password-hint";
import { safeNext } from "@soleus/app-runtime/safe-next";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const next = safeNext(typeof params.next === "string" ? params.next : null);
  if (await currentSession(await headers(), "web")) redirect(next);
  return (
    <>
      <h1>Create your account</h1>
      <p>With an account, Soleus remembers which lessons you finished and how your quizzes went.</p>
      <SignUpForm next={next} passwordHint={PASSWORD_HINT} />
      <p>
        Already have an account? <a href={`/sign-in?next=${encodeURIComponent(next)}`}>Sign in</a>.
      </p>
    </>
  );
}
