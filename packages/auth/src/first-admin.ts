import { eq, sql } from "drizzle-orm";
import { users } from "@soleus/db/schema";
import type { Database, Executor } from "./db-types";
import { createPasswordAccount, type NewAccount, type NewAccountInput } from "./sign-up";

/** Whether any admin account exists (then the first-run setup page is gone for good). */
export async function adminExists(db: Executor): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).where(eq(users.role, "admin")).limit(1);
  return rows.length > 0;
}

/**
 * First run: creates the first admin, exactly once. Serialised by an advisory lock, so two
 * people submitting the setup form at the same moment cannot both become admin.
 */
export async function createFirstAdmin(db: Database, input: NewAccountInput): Promise<NewAccount | { ok: false; alreadySetUp: true }> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('soleus-first-admin'))`);
    if (await adminExists(tx)) return { ok: false, alreadySetUp: true };
    return createPasswordAccount(tx, input, "admin", null);
  });
}
