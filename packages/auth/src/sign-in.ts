import { eq, sql } from "drizzle-orm";
import { users } from "@soleus/db/schema";
import { recordAudit } from "./audit";
import type { Database } from "./db-types";
import { normaliseEmail } from "./email";
import { verifyAgainstNothing, verifyPassword } from "./password";
import { PASSWORD_MAX_LENGTH } from "./password-rules";
import { minutesFrom } from "./rate-limit-store";
import type { AppName } from "./cookies";
import { APP_ROLES, roleAllows } from "./roles";
import { createSession, type SessionUser } from "./session";
import { lastTryWarning, pauseMessage, signInThrottle, type SignInPause } from "./sign-in-throttle";

export type PasswordSignIn =
  | { ok: true; user: SessionUser; session: { token: string; expires: Date } }
  | { ok: false; reason: "invalid" | "disabled" | "wrong_app"; message: string }
  | { ok: false; reason: "rate_limited"; message: string; pause: SignInPause };

export const WRONG_EMAIL_OR_PASSWORD = "Wrong email or password.";

/**
 * Email + password sign-in with database-backed throttling (decision 0018): wrong passwords for
 * an email slow its next tries with growing waits, and the person is warned before the try that
 * would start one. Serialised per email (advisory lock), so parallel guesses on several instances
 * cannot overshoot. Unknown emails are counted exactly like real ones, and only a correct password
 * reveals that an account is disabled or not allowed in this app.
 */
export async function signInWithPassword(
  db: Database,
  input: {
    email: string;
    password: string;
    ip: string;
    app: AppName;
    emailLinkOffered?: boolean;
    now?: Date;
  },
): Promise<PasswordSignIn> {
  const email = normaliseEmail(input.email).slice(0, 254);
  const now = input.now ?? new Date();
  const emailLinkOffered = input.emailLinkOffered ?? false;
  return db.transaction(async (tx): Promise<PasswordSignIn> => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`soleus-sign-in:${email}`}))`);
    const throttle = signInThrottle(tx, email, input.ip);
    const pause = await throttle.pauseInForce();
    if (pause) {
      await recordAudit(tx, {
        actorId: null,
        action: "sign_in.throttled",
        targetType: "email",
        targetId: email,
        ip: input.ip,
        at: now,
        details: { ...pause },
      });
      return {
        ok: false,
        reason: "rate_limited",
        message: pauseMessage(pause, emailLinkOffered),
        pause,
      };
    }
    const user = await tx.query.users.findFirst({ where: eq(users.email, email) });
    const password = input.password.slice(0, PASSWORD_MAX_LENGTH + 1);
    const correct = user?.passwordHash
      ? await verifyPassword(password, user.passwordHash)
      : await verifyAgainstNothing(password);
    if (!user || !correct) {
      const { waitSeconds, nextWaitSeconds } = await throttle.recordFailure();
      await recordAudit(tx, {
        actorId: null,
        action: "sign_in.failed",
        targetType: "email",
        targetId: email,
        ip: input.ip,
        at: now,
        details: { knownAccount: Boolean(user) },
      });
      if (waitSeconds > 0) {
        const started: SignInPause = { scope: "account", minutes: minutesFrom(waitSeconds * 1000) };
        return {
          ok: false,
          reason: "rate_limited",
          message: `${WRONG_EMAIL_OR_PASSWORD} ${pauseMessage(started, emailLinkOffered)}`,
          pause: started,
        };
      }
      const warning =
        nextWaitSeconds > 0 ? ` ${lastTryWarning(nextWaitSeconds, emailLinkOffered)}` : "";
      return { ok: false, reason: "invalid", message: `${WRONG_EMAIL_OR_PASSWORD}${warning}` };
    }
    await throttle.recordSuccess();
    if (user.disabledAt)
      return {
        ok: false,
        reason: "disabled",
        message: "This account is switched off. Please contact the Soleus team.",
      };
    if (!roleAllows(user.role, APP_ROLES[input.app])) {
      return {
        ok: false,
        reason: "wrong_app",
        message: "This account cannot use this app. Learners sign in on the learner site.",
      };
    }
    const session = await createSession(tx, user.id, input.app, now);
    return {
      ok: true,
      user: { id: user.id, email: user.email, name: user.name, role: user.role },
      session,
    };
  });
}
