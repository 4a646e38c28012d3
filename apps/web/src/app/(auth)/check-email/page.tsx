import type { Metadata } from "next";

export const metadata: Metadata = { title: "Check your email" };

/** After a sign-in link or a sign-up: the same words whether or not the email has an account. */
export default async function CheckEmailPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { sent } = await searchParams;
  const signUp = sent === "sign-up";
  return (
    <>
      <h1>Check your email</h1>
      {signUp ? (
        <p>
          We sent you an email. Open it and select the link to finish creating your account. It
          works once, within 24 hours. If you already have an account with this email, the email
          tells you how to sign in instead.
        </p>
      ) : (
        <p>
          We sent you a link to sign in. Open the email and select the link. It works once, within
          24 hours.
        </p>
      )}
      <p>
        Nothing arrived after a few minutes? Look in your spam folder, or{" "}
        <a href={signUp ? "/sign-up" : "/sign-in"}>try again</a>.
      </p>
    </>
  );
}
