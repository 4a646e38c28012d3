import { eq, sql } from "drizzle-orm";
import { users } from "@soleus/db/schema";
import { passwordResetEmail } from "./account-emails";
import { recordAudit } from "./audit";
import type { Database } from "./db-types";
import { emailSchema } from "./email";
import { emailLinkAllowance } from "./email-limits";
import { createEmailToken, findUsableEmailToken, useUpEmailTokens } from "./email-tokens";
import type { OutgoingEmail } from "./mailer";
import { hashPassword } from "./password";
import { checkNewPassword, PASSWORD_MAX_LENGTH } from "./password-rules";
import { roleAllows, type Role } from "./roles";
import { revokeAllSessions } from "./session";
import { clearAccountThrottle } from "./sign-in-throttle";

export const RESET_LINK_MINUTES = 30;

export type ResetRequest =
  { ok: true; email: OutgoingEmail | null } | { ok: false; message: string };

/**
 * "Forgot your password?": makes a single-use link, valid 30 minutes, for an account that may use
 * this app. The answer is the same whether or not the account exists (the email is null then),
 * and it is limited like sign-in links (per email and per address).
 */
export async function requestPasswordReset(
  db: Database,
  input: {
    email: string;
    ip: string;
    allowedRoles: readonly Role[];
    resetUrl: (token: string) => string;
    now: Date;
  },
): Promise<ResetRequest> {
  const parsed = emailSchema.safeParse(input.email);
  if (!parsed.success)
    return { ok: false, message: parsed.error.issues[0]?.message ?? "Enter your email address." };
  const email = parsed.data;
  const allowed = await emailLinkAllowance(db, email, input.ip);
  if (!allowed.ok) return { ok: false, message: allowed.message };
  const user = await db.query.users.findFirst({
    where: eq(users.email, email),
    columns: { id: true, role: true, disabledAt: true },
  });
  if (!user || user.disabledAt || !roleAllows(user.role, input.allowedRoles))
    return { ok: true, email: null };
  const token = await db.transaction(async (tx) => {
    await recordAudit(tx, {
      actorId: null,
      action: "password.reset_requested",
      targetType: "user",
      targetId: user.id,
      ip: input.ip,
      at: input.now,
    });
    return createEmailToken(tx, {
      purpose: "password_reset",
      email,
      userId: user.id,
      now: input.now,
      validMinutes: RESET_LINK_MINUTES,
    });
  });
  return { ok: true, email: passwordResetEmail(email, input.resetUrl(token), RESET_LINK_MINUTES) };
}

export type PasswordReset =
  | { ok: true; email: string }
  | { ok: false; reason: "bad_link"; message: string }
  | { ok: false; reason: "weak_password"; message: string };

export const BAD_RESET_LINK =
  "This link has expired or was already used. Ask for a new one: links work once, within 30 minutes.";

/** Whether a reset link still works (for the page that shows the new-password form). */
export async function resetLinkWorks(db: Database, token: string, now: Date): Promise<boolean> {
  return (await findUsableEmailToken(db, "password_reset", token, now)) !== null;
}

/**
 * Sets a new password through a reset link, once: the link (and every other open reset link of
 * the account) is used up, every session of the account ends (session version), and wrong-password
 * waits are forgotten. A weak password changes nothing and keeps the link usable.
 */
export async function resetPassword(
  db: Database,
  input: { token: string; password: string; now: Date },
): Promise<PasswordReset> {
  return db.transaction(async (tx): Promise<PasswordReset> => {
    const row = await findUsableEmailToken(tx, "password_reset", input.token, input.now);
    const user = row?.userId
      ? await tx.query.users.findFirst({ where: eq(users.id, row.userId) })
      : undefined;
    if (!row || !user || user.disabledAt)
      return { ok: false, reason: "bad_link", message: BAD_RESET_LINK };
    const password = input.password.slice(0, PASSWORD_MAX_LENGTH + 1);
    const problem = checkNewPassword(password, { email: user.email, name: user.name ?? undefined });
    if (problem) return { ok: false, reason: "weak_password", message: problem };
    await tx
      .update(users)
      .set({ passwordHash: await hashPassword(password), updatedAt: input.now })
      .where(eq(users.id, user.id));
    await useUpEmailTokens(tx, "password_reset", row.email, input.now);
    await revokeAllSessions(tx, user.id);
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`soleus-sign-in:${user.email}`}))`,
    );
    await clearAccountThrottle(tx, user.email);
    await recordAudit(tx, {
      actorId: user.id,
      action: "password.reset",
      targetType: "user",
      targetId: user.id,
      at: input.now,
    });
    return { ok: true, email: user.email };
  });
}
