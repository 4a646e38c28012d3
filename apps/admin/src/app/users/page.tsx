import type { Metadata } from "next";
import { headers } from "next/headers";
import { currentSession } from "@soleus/app-runtime/account";
import { PASSWORD_HINT } from "@soleus/app-runtime/password-hint";
import { PeopleAdmin } from "./people-admin";

export const metadata: Metadata = { title: "People" };

/** Admins manage accounts here; the API checks the role again on every call. */
export default async function UsersPage() {
  const session = await currentSession(await headers(), "admin");
  if (session?.user.role !== "admin") {
    return (
      <>
        <h1>People</h1>
        <p role="alert">Only admins can manage accounts. Ask an admin if you need a change.</p>
      </>
    );
  }
  return (
    <>
      <h1>People</h1>
      <p>
        Create coach accounts, change roles, switch accounts off, or sign someone out on every
        device. Changes apply on that person&apos;s next click.
      </p>
      <PeopleAdmin currentUserId={session.user.id} passwordHint={PASSWORD_HINT} />
    </>
  );
}
