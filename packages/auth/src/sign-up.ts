import { eq } from "drizzle-orm";
import { z } from "zod";
import { safeText } from "@soleus/quiz-engine/schemas/safe-text";
import { users } from "@soleus/db/schema";
import { recordAudit } from "./audit";
import type { Database, Executor } from "./db-types";
import { emailSchema } from "./email";
import { hashPassword } from "./password";
import { checkNewPassword, PASSWORD_MAX_LENGTH } from "./password-rules";
import type { Role } from "./roles";

export const newAccountSchema = z.object({
  name: safeText()
    .trim()
    .min(1, "Enter your name.")
    .max(100, "Use at most 100 characters for your name."),
  email: emailSchema,
  password: safeText().max(PASSWORD_MAX_LENGTH + 1),
});
export type NewAccountInput = z.input<typeof newAccountSchema>;

export type FieldErrors = Partial<Record<"name" | "email" | "password" | "form", string>>;
export type NewAccount =
  | { ok: true; user: { id: string; email: string; name: string; role: Role } }
  | { ok: false; errors: FieldErrors };

/** Validates a new account's fields; the messages are written for the form. */
export function validateNewAccount(
  input: NewAccountInput,
): { ok: true; data: z.output<typeof newAccountSchema> } | { ok: false; errors: FieldErrors } {
  const parsed = newAccountSchema.safeParse(input);
  const errors: FieldErrors = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if ((field === "name" || field === "email" || field === "password") && !errors[field])
        errors[field] = issue.message;
    }
  }
  const passwordProblem = checkNewPassword(input.password, {
    email: input.email,
    name: input.name,
  });
  if (passwordProblem && !errors.password) errors.password = passwordProblem;
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, data: parsed.data };
}

/** Creates an account with a password (learner sign-up, coach creation, the first admin). */
export async function createPasswordAccount(
  db: Executor,
  input: NewAccountInput,
  role: Role,
  actorId: string | null,
): Promise<NewAccount> {
  const valid = validateNewAccount(input);
  if (!valid.ok) return valid;
  const { name, email, password } = valid.data;
  const existing = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);
  if (existing.length > 0)
    return {
      ok: false,
      errors: {
        email: "An account with this email already exists. Sign in instead, or use another email.",
      },
    };
  // Hash outside the transaction: it is the slow part and touches no rows.
  const passwordHash = await hashPassword(password);
  // The account and its audit entry exist together or not at all.
  return db.transaction(async (tx): Promise<NewAccount> => {
    const [user] = await tx
      .insert(users)
      .values({ name, email, role, passwordHash })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id, email: users.email, name: users.name, role: users.role });
    if (!user)
      return {
        ok: false,
        errors: {
          email:
            "An account with this email already exists. Sign in instead, or use another email.",
        },
      };
    await recordAudit(tx, {
      actorId,
      action: role === "admin" && actorId === null ? "admin.first_created" : "user.created",
      targetType: "user",
      targetId: user.id,
      details: { role },
    });
    return { ok: true, user: { ...user, name: user.name ?? name } };
  });
}

/** Learner sign-up on the learner site. */
export function signUpLearner(db: Database, input: NewAccountInput): Promise<NewAccount> {
  return createPasswordAccount(db, input, "learner", null);
}
