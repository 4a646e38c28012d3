import type { AuthEnv } from "./env";
import { chooseMailer } from "./mailer";

/** Sends (or, in development, prints) a sign-in link. */
export type DeliverSignInLink = (to: string, url: string) => Promise<void>;

function emailText(url: string): string {
  return [
    "Hello,",
    "",
    "Use this link to sign in to Soleus. It works once, within 24 hours:",
    url,
    "",
    "If you did not ask for it, you can ignore this email: nobody can sign in without the link.",
  ].join("\n");
}

/**
 * How sign-in links travel: the same way as every other email (see chooseMailer). Null when no
 * email can be sent: magic links are then switched off.
 */
export function chooseLinkDelivery(
  env: AuthEnv,
  secure: boolean,
  log: (line: string) => void = (line) => console.info(line),
): DeliverSignInLink | null {
  const mailer = chooseMailer(env, secure, log);
  if (!mailer) return null;
  return (to, url) => mailer({ to, subject: "Your Soleus sign-in link", text: emailText(url) });
}
