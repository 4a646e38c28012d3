/** "Sign out": a plain form posting to the app's `/sign-out` route, so it works on every page, with or without JavaScript. */
export function SignOutForm() {
  return (
    <form method="post" action="/sign-out">
      <button className="button button--secondary" type="submit">
        Sign out
      </button>
    </form>
  );
}
