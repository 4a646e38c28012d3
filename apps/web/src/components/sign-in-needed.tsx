import { signInPath, signUpPath } from "~/learning/paths";

/** For signed-out visitors on a learner-only page: what it is, and the two ways in (back to `next` afterwards). */
export function SignInNeeded({ title, what, next }: { title: string; what: string; next: string }) {
  return (
    <>
      <h1>{title}</h1>
      <section className="empty-state" aria-labelledby="sign-in-needed-title">
        <h2 id="sign-in-needed-title" className="empty-state__title">
          Please sign in to {what}
        </h2>
        <p>
          Signing in keeps your answers and progress safe, so you can stop and carry on later, on
          any device.
        </p>
        <p className="button-row">
          <a className="button" href={signInPath(next)}>
            Sign in
          </a>
          <a className="button button--secondary" href={signUpPath(next)}>
            Create a free account
          </a>
        </p>
      </section>
    </>
  );
}
