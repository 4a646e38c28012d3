import "@soleus/ui/forms.css";
import { headers } from "next/headers";
import { currentSession } from "@soleus/api/session/account";
import { signOutAction } from "./actions";

/** Header controls: sign in / create account, or the signed-in name and "Sign out". */
export async function AccountMenu() {
  const session = await currentSession(await headers(), "web");
  if (!session) {
    return (
      <div className="account-menu">
        <a className="button button--secondary" href="/sign-in">
          Sign in
        </a>
        <a className="button" href="/sign-up">
          Create account
        </a>
      </div>
    );
  }
  return (
    <div className="account-menu">
      <span>
        Signed in as <strong>{session.user.name ?? session.user.email}</strong>
      </span>
      <a className="button button--secondary" href="/progress">
        My progress
      </a>
      <form action={signOutAction}>
        <button className="button button--secondary" type="submit">
          Sign out
        </button>
      </form>
    </div>
  );
}
