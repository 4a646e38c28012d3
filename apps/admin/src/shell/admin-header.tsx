import { headers } from "next/headers";
import { currentSession } from "@soleus/app-runtime/account";
import { AccountMenu } from "~/auth/account-menu";
import { navigationFor } from "~/navigation";
import { AdminNav } from "./admin-nav";

/** The admin app's top bar: the product name, the links the signed-in role may use, the account. */
export async function AdminHeader() {
  const session = await currentSession(await headers(), "admin").catch(() => null);
  const role = session?.user.role;
  const staff = role === "coach" || role === "admin";
  return (
    <header className="site-header admin-header">
      <div className="site-header__inner admin-header__inner">
        <a className="site-header__brand" href="/">
          Soleus Admin
        </a>
        <AdminNav items={navigationFor(staff ? role : undefined)}>
          {session ? (
            <AccountMenu name={session.user.name ?? session.user.email} role={session.user.role} />
          ) : null}
        </AdminNav>
      </div>
    </header>
  );
}
