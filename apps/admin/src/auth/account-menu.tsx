import "@soleus/ui/forms.css";
import { headers } from "next/headers";
import { currentSession } from "@soleus/app-runtime/account";
import { SignOutForm } from "@soleus/ui/sign-out-form";

/** The signed-in coach or admin, and "Sign out". Nothing when signed out. */
export async function AccountMenu() {
  const session = await currentSession(await headers(), "admin");
  if (!session) return null;
  return (
    <div className="account-menu">
      <span>
        Signed in as <strong>{session.user.name ?? session.user.email}</strong> ({session.user.role}
        )
      </span>
      <SignOutForm />
    </div>
  );
}
