import "@soleus/ui/forms.css";
import { headers } from "next/headers";
import { currentSession } from "@soleus/app-runtime/account";
import { AccountMenuView } from "./account-menu-view";

/** The header's account controls on server-rendered pages, for the person of this request. */
export async function AccountMenu() {
  const session = await currentSession(await headers(), "web");
  return (
    <AccountMenuView person={session ? { name: session.user.name ?? session.user.email } : null} />
  );
}
