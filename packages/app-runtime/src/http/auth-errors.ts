/** Auth.js reports problems as ?error=Code on the sign-in page; these are the words we show. */
export function authErrorMessage(code: string | string[] | undefined): string | null {
  if (typeof code !== "string") return null;
  switch (code) {
    case "Verification":
      return "That sign-in link has expired or was already used. Ask for a new one below.";
    case "AccessDenied":
      return "That account cannot sign in here. If you think it should, please contact the Soleus team.";
    case "EmailLimit":
      return "We have sent several sign-in emails for this address recently. Please use the newest one, or ask again in an hour.";
    case "OAuthAccountNotLinked":
      return "An account with this email already exists. Sign in with your password or an email link instead.";
    default:
      return "Signing in did not work. Please try again.";
  }
}
