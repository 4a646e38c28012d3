import type { Metadata } from "next";

export const metadata: Metadata = { title: "Check your email" };

export default function CheckEmailPage() {
  return (
    <>
      <h1>Check your email</h1>
      <p>
        We sent you a link to sign in. Open the email and select the link. It works once, within 24
        hours.
      </p>
      <p>
        Nothing arrived after a few minutes? Look in your spam folder, or{" "}
        <a href="/sign-in">try again</a>.
      </p>
    </>
  );
}
