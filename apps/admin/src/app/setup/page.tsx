import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { needsFirstAdmin } from "@soleus/app-runtime/account";
import { PASSWORD_HINT } from "@soleus/app-runtime/password-hint";
import { SetupForm } from "./setup-form";

export const metadata: Metadata = { title: "Set up" };
export const dynamic = "force-dynamic";

/** First run only: once an admin exists this page is gone (404). */
export default async function SetupPage() {
  if (!(await needsFirstAdmin())) notFound();
  return (
    <>
      <h1>Set up Soleus Admin</h1>
      <p>
        Create the first admin account. Admins manage everyone else&apos;s accounts, so use your own
        email and a password only you know. This page disappears once the account exists.
      </p>
      <p>
        To prove that you run this server, enter the setup code it printed when it started. Someone
        who only found this page cannot see the code.
      </p>
      <SetupForm passwordHint={PASSWORD_HINT} />
    </>
  );
}
