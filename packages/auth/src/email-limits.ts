import { sql } from "drizzle-orm";
import type { Database } from "./db-types";
import { LIMITS } from "./limits";
import { countOne, limiter, minutesFrom, minutesText } from "./rate-limit-store";
import type { LimitSpec } from "./rate-limit-store";

/** Whether a form that sends an email may send one more, or how long to wait. */
export type EmailAllowance = { ok: true } | { ok: false; minutes: number; message: string };

/**
 * Counts one request against a per-email and a per-address limit, in one transaction under a
 * per-email advisory lock (so parallel requests on several instances cannot overshoot).
 */
async function allowance(
  db: Database,
  limits: { perEmail: LimitSpec; perAddress: LimitSpec },
  email: string,
  ip: string,
  message: (wait: string) => string,
): Promise<EmailAllowance> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`soleus-email:${limits.perEmail.name}:${email}`}))`,
    );
    const forEmail = await countOne(limiter(tx, limits.perEmail), email);
    const forAddress = await countOne(limiter(tx, limits.perAddress), ip);
    const over = [
      forEmail.used > limits.perEmail.points ? forEmail.msLeft : 0,
      forAddress.used > limits.perAddress.points ? forAddress.msLeft : 0,
    ];
    const wait = Math.max(...over);
    if (wait === 0) return { ok: true } as const;
    const minutes = minutesFrom(wait);
    return { ok: false, minutes, message: message(minutesText(minutes)) };
  });
}

/** Sign-in links and password resets share one allowance: 5 an hour per email, 30 per address. */
export function emailLinkAllowance(
  db: Database,
  email: string,
  ip: string,
): Promise<EmailAllowance> {
  return allowance(
    db,
    { perEmail: LIMITS.emailLinksPerEmail, perAddress: LIMITS.emailLinksPerAddress },
    email,
    ip,
    (wait) =>
      `We have sent several emails for this address recently. Please use the newest one, or ask again in ${wait}.`,
  );
}

/** Sign-ups: 3 an hour per email, 50 per address. */
export function signUpAllowance(db: Database, email: string, ip: string): Promise<EmailAllowance> {
  return allowance(
    db,
    { perEmail: LIMITS.signUpsPerEmail, perAddress: LIMITS.signUpsPerAddress },
    email,
    ip,
    (wait) =>
      `Many accounts were asked for recently from here or for this email. Please check your email for the link we sent, or try again in ${wait}.`,
  );
}
