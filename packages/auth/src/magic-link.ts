import { createTransport } from "nodemailer";
import type { AuthEnv } from "./env";

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
 * How sign-in links travel: by email when SMTP_URL is set; with no SMTP on a plain-HTTP
 * (development) address, printed to the server log; otherwise not at all (magic links are then
 * switched off, so a production server never prints working links into its logs).
 */
export function chooseLinkDelivery(env: AuthEnv, secure: boolean, log: (line: string) => void = (line) => console.info(line)): DeliverSignInLink | null {
  if (env.SMTP_URL) {
    const transport = createTransport(env.SMTP_URL);
    return async (to, url) => {
      await transport.sendMail({ to, from: env.SMTP_FROM, subject: "Your Soleus sign-in link", text: emailText(url) });
    };
  }
  if (secure) return null;
  return async (to, url) => {
    log(`[auth] sign-in link for ${to} (no SMTP_URL is set, so it is printed here instead of emailed): ${url}`);
  };
}
