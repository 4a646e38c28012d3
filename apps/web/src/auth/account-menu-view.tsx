import { SignOutForm } from "@soleus/ui/sign-out-form";

/** Who is signed in, as the header shows it: a name (or email), or nobody. */
export interface HeaderPerson {
  name: string;
}

/**
 * Header controls: sign in / create account, or the signed-in name, "My progress" and
 * "Sign out" (a plain form posting to /sign-out, so it works without JavaScript).
 */
export function AccountMenuView({ person }: { person: HeaderPerson | null }) {
  if (!person) {
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
        Signed in as <strong>{person.name}</strong>
      </span>
      <a className="button button--secondary" href="/progress">
        My progress
      </a>
      <SignOutForm />
    </div>
  );
}
