import { eq, sql } from "drizzle-orm";
import { users } from "@soleus/db/schema";
import type { Database, Executor } from "./db-types";
import {
  checkFirstAdminSetupCode,
  discardFirstAdminSetupCode,
  type SetupCodeCheck,
} from "./setup-code";
import {
  createPasswordAccount,
  type FieldErrors,
  type NewAccount,
  type NewAccountInput,
} from "./sign-up";

/** Whether any admin account exists (then the first-run setup page is gone for good). */
export async function adminExists(db: Executor): Promise<boolean> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.role, "admin"))
    .limit(1);
  return rows.length > 0;
}

export type SetupErrors = FieldErrors & { setupCode?: string };
export type FirstAdminResult =
  NewAccount | { ok: false; alreadySetUp: true } | { ok: false; errors: SetupErrors };

/** What the setup form says about a code that did not work. */
export function setupCodeMessage(check: Exclude<SetupCodeCheck, { ok: true }>): string {
  if (check.reason === "missing") {
    return "There is no setup code yet. Start Soleus again with npm start: it prints a new code in its log.";
  }
  if (check.reason === "used-up") {
    return "That code was entered wrongly too often and no longer works. Start Soleus again with npm start to get a new code.";
  }
  return `That setup code is not right. Copy it from the line "first-admin setup code" in the log. ${check.attemptsLeft === 1 ? "1 try is" : `${check.attemptsLeft} tries are`} left.`;
}

/**
 * First run: creates the first admin, exactly once, for someone who knows the setup code the
 * run command printed. Serialised by an advisory lock, so two people submitting the setup form
 * at the same moment cannot both become admin; a wrong code is counted and creates nothing.
 */
export async function createFirstAdmin(
  db: Database,
  input: NewAccountInput & { setupCode: string },
): Promise<FirstAdminResult> {
  return db.transaction(async (tx): Promise<FirstAdminResult> => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('soleus-first-admin'))`);
    if (await adminExists(tx)) return { ok: false, alreadySetUp: true };
    const check = await checkFirstAdminSetupCode(tx, input.setupCode);
    // Committed on purpose: the wrong try counts even though nothing else changes.
    if (!check.ok) return { ok: false, errors: { setupCode: setupCodeMessage(check) } };
    const created = await createPasswordAccount(tx, input, "admin", null);
    if (created.ok) await discardFirstAdminSetupCode(tx);
    return created;
  });
}
