import type { Metadata } from "next";

export const metadata: Metadata = { title: "Check your email" };

/**
 * Where "Email me a sign-in link" lands (Auth.js's verify-request page): reachable signed out,
 * with the same words whether or not the email has an account.
 */
export default function CheckEmailPage() {
  return (
    <>
      <h1>Check your email</h1>
      <p className="form-notice" role="status">
        If there is a coach or admin account for that email, we have sent it a link to sign in. Open
        the email and select the link. It works once, within 24 hours.
      </p>
      <p>
        Nothing arrived after a few minutes? Look in your spam folder, or{" "}
        <a href="/sign-in">go back to sign in</a> and try again.
      </p>
    </>
  );
}
