import { NewPasswordForm, type NewPasswordFormState } from "./new-password-form";

/** The reset-password page of either app: the new-password form, or why the link no longer works. */
export function ResetPasswordContent({
  token,
  action,
  passwordHint,
}: {
  /** The link's token when it still works, otherwise null. */
  token: string | null;
  action: (state: NewPasswordFormState, form: FormData) => Promise<NewPasswordFormState>;
  passwordHint: string;
}) {
  if (token === null) {
    return (
      <>
        <h1>This link no longer works</h1>
        <p>
          Reset links work once, within 30 minutes.{" "}
          <a href="/forgot-password">Ask for a new link</a>.
        </p>
      </>
    );
  }
  return (
    <>
      <h1>Choose a new password</h1>
      <p>Saving it signs you out on every other device.</p>
      <NewPasswordForm action={action} token={token} passwordHint={passwordHint} />
    </>
  );
}
