import type { Metadata } from "next";
import { safeNext } from "@soleus/app-runtime/safe-next";
import { ConfirmSignUpForm } from "./confirm-form";

export const metadata: Metadata = { title: "Finish creating your account" };

export default async function ConfirmSignUpPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { token, next } = await searchParams;
  return (
    <>
      <h1>Finish creating your account</h1>
      <p>Thank you for confirming your email address. One more step:</p>
      <ConfirmSignUpForm
        token={typeof token === "string" ? token.slice(0, 100) : ""}
        next={safeNext(typeof next === "string" ? next : null)}
      />
    </>
  );
}
