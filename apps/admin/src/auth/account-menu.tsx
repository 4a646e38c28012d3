import "@soleus/ui/forms.css";
import { SignOutForm } from "@soleus/ui/sign-out-form";

/** The signed-in coach or admin (by name, or email when there is none), and "Sign out". */
export function AccountMenu({ name, role }: { name: string; role: string }) {
  return (
    <div className="account-menu">
      <span>
        Signed in as <strong>{name}</strong> ({role})
      </span>
      <SignOutForm />
    </div>
  );
}
