import { appendFileSync } from "node:fs";
import { createTransport } from "nodemailer";
import type { AuthEnv } from "./env";

/** One email Soleus sends: a sign-in link, a password reset, a sign-up confirmation or notice. */
export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
}

/** Sends (or, in development, prints) one email. */
export type Mailer = (email: OutgoingEmail) => Promise<void>;

/**
 * How emails travel: by SMTP when SMTP_URL is set; with no SMTP on a plain-HTTP (development)
 * address, printed to the server log (and appended as a JSON line to SOLEUS_DEV_OUTBOX when set,
 * which the browser tests read); otherwise not at all, so a production server never prints
 * working links into its logs.
 */
export function chooseMailer(
  env: AuthEnv,
  secure: boolean,
  log: (line: string) => void = (line) => console.info(line),
): Mailer | null {
  if (env.SMTP_URL) {
    const transport = createTransport(env.SMTP_URL);
    return async (email) => {
      await transport.sendMail({ ...email, from: env.SMTP_FROM });
    };
  }
  if (secure) return null;
  const outbox = env.SOLEUS_DEV_OUTBOX;
  return (email) => {
    const links = email.text.match(/https?:\/\/\S+/g) ?? [];
    log(
      `[auth] email to ${email.to}, "${email.subject}" (no SMTP_URL is set, so it is printed here instead of emailed): ${links.join(" ")}`,
    );
    if (outbox) appendFileSync(outbox, `${JSON.stringify(email)}\n`);
    return Promise.resolve();
  };
}
