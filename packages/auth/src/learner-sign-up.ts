import { eq } from "drizzle-orm";
import { users } from "@soleus/db/schema";
import { alreadyRegisteredEmail, confirmSignUpEmail } from "./account-emails";
import { recordAudit } from "./audit";
import type { Database } from "./db-types";
import { signUpAllowance } from "./email-limits";
import { createEmailToken, findUsableEmailToken, useUpEmailTokens } from "./email-tokens";
import type { OutgoingEmail } from "./mailer";
import { hashPassword } from "./password";
import { validateNewAccount, type FieldErrors, type NewAccountInput } from "./sign-up";

const CONFIRM_LINK_MINUTES = 24 * 60;

export type SignUpRequest = { ok: true; email: OutgoingEmail } | { ok: false; errors: FieldErrors };

/**
 * Learner sign-up that never tells whether an email has an account (decision 0018): the form's
 * answer is always "check your email". A new email gets a link that creates the account; an email
 * that has one gets a note saying so, with links to sign in and to reset the password. Limited per
 * email and per address.
 */
export async function requestLearnerSignUp(
  db: Database,
  input: NewAccountInput & {
    ip: string;
    now: Date;
    links: { confirm: (token: string) => string; signIn: string; reset: string };
  },
): Promise<SignUpRequest> {
  const valid = validateNewAccount(input);
  if (!valid.ok) return valid;
  const { name, email, password } = valid.data;
  const allowed = await signUpAllowance(db, email, input.ip);
  if (!allowed.ok) return { ok: false, errors: { form: allowed.message } };
  const existing = await db.query.users.findFirst({
    where: eq(users.email, email),
    columns: { id: true },
  });
  if (existing) {
    await recordAudit(db, {
      actorId: null,
      action: "sign_up.requested",
      targetType: "user",
      targetId: existing.id,
      ip: input.ip,
      at: input.now,
      details: { existing: true },
    });
    return {
      ok: true,
      email: alreadyRegisteredEmail(email, input.links.signIn, input.links.reset),
    };
  }
  // Only the hash waits in the link's row; the password itself is never stored.
  const passwordHash = await hashPassword(password);
  const token = await createEmailToken(db, {
    purpose: "sign_up",
    email,
    payload: { name, passwordHash },
    now: input.now,
    validMinutes: CONFIRM_LINK_MINUTES,
  });
  return { ok: true, email: confirmSignUpEmail(email, input.links.confirm(token)) };
}

export type SignUpConfirmation =
  { ok: true; user: { id: string; email: string; name: string } } | { ok: false; message: string };

/** The confirmation link: creates the learner's account once (the email is then verified). */
export async function confirmLearnerSignUp(
  db: Database,
  input: { token: string; now: Date },
): Promise<SignUpConfirmation> {
  return db.transaction(async (tx): Promise<SignUpConfirmation> => {
    const row = await findUsableEmailToken(tx, "sign_up", input.token, input.now);
    const { name, passwordHash } = row?.payload ?? {};
    if (!row || !name || !passwordHash)
      return {
        ok: false,
        message:
          "This link has expired or was already used. Please sign up again: links work once, within 24 hours.",
      };
    await useUpEmailTokens(tx, "sign_up", row.email, input.now);
    const [user] = await tx
      .insert(users)
      .values({ name, email: row.email, role: "learner", passwordHash, emailVerified: input.now })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id, email: users.email });
    if (!user)
      return { ok: false, message: "You already have an account with this email. Please sign in." };
    await recordAudit(tx, {
      actorId: null,
      action: "user.created",
      targetType: "user",
      targetId: user.id,
      at: input.now,
      details: { role: "learner" },
    });
    return { ok: true, user: { ...user, name } };
  });
}
