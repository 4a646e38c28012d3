import { eq, sql } from "drizzle-orm";
import { users } from "@soleus/db/schema";
import { recordAudit } from "./audit";
import type { Database } from "./db-types";
import { normaliseEmail } from "./email";
import { verifyAgainstNothing, verifyPassword } from "./password";
import { PASSWORD_MAX_LENGTH } from "./password-rules";
import { findSignInLockout, lockoutMessage, recordSignInAttempt, type Lockout } from "./rate-limit";
import type { AppName } from "./cookies";
import { APP_ROLES, roleAllows } from "./roles";
import { createSession, type SessionUser } from "./session";

export type PasswordSignIn =
  | { ok: true; user: SessionUser; session: { token: string; expires: Date } }
  | { ok: false; reason: "invalid" | "disabled" | "wrong_app"; message: string }
  | { ok: false; reason: "rate_limited"; message: string; lockout: Lockout };

export const WRONG_EMAIL_OR_PASSWORD = "Wrong email or password.";

/**
 * Email + password sign-in with the database-backed brute-force limit. Serialised per email
 * (advisory lock) so parallel guesses on several instances cannot overshoot the limit. Only a
 * correct password reveals that an account is disabled or not allowed in this app.
 */
export async function signInWithPassword(
  db: Database,
  input: { email: string; password: string; ip: string; app: AppName; now?: Date },
): Promise<PasswordSignIn> {
  const email = normaliseEmail(input.email).slice(0, 254);
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`soleus-sign-in:${email}`}))`);
    const lockout = await findSignInLockout(tx, email, input.ip, now);
    if (lockout) {
      await recordAudit(tx, { actorId: null, action: "sign_in.locked", targetType: "email", targetId: email, ip: input.ip, at: now, details: { scope: lockout.scope } });
      return { ok: false, reason: "rate_limited", message: lockoutMessage(lockout), lockout };
    }
    const user = await tx.query.users.findFirst({ where: eq(users.email, email) });
    const password = input.password.slice(0, PASSWORD_MAX_LENGTH + 1);
    const correct = user?.passwordHash ? await verifyPassword(password, user.passwordHash) : await verifyAgainstNothing(password);
    await recordSignInAttempt(tx, { email, ip: input.ip, succeeded: correct, at: now });
    if (!user || !correct) {
      await recordAudit(tx, { actorId: null, action: "sign_in.failed", targetType: "email", targetId: email, ip: input.ip, at: now, details: { knownAccount: Boolean(user) } });
      return { ok: false, reason: "invalid", message: WRONG_EMAIL_OR_PASSWORD };
    }
    if (user.disabledAt) return { ok: false, reason: "disabled", message: "This account is switched off. Please contact the Soleus team." };
    if (!roleAllows(user.role, APP_ROLES[input.app])) {
      return { ok: false, reason: "wrong_app", message: "This account cannot use this app. Learners sign in on the learner site." };
    }
    const session = await createSession(tx, user.id, input.app, now);
    return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role }, session };
  });
}
