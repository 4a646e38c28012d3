import { eq } from "drizzle-orm";
import { users } from "@soleus/db/schema";
import type { Database } from "../db-types";
import type { Role } from "../roles";
import { createPasswordAccount } from "../sign-up";

let counter = 0;

/** Creates an account with a password for a test and returns it with the password. */
export async function createTestUser(
  db: Database,
  role: Role,
  overrides: { email?: string; password?: string; name?: string } = {},
) {
  counter += 1;
  const password = overrides.password ?? "calm river stones at dawn";
  const email = overrides.email ?? `${role}${counter}-${Date.now()}@example.org`;
  const created = await createPasswordAccount(
    db,
    { name: overrides.name ?? `Test ${role} ${counter}`, email, password },
    role,
    null,
  );
  if (!created.ok) throw new Error(`test user not created: ${JSON.stringify(created.errors)}`);
  const row = await db.query.users.findFirst({ where: eq(users.id, created.user.id) });
  if (!row) throw new Error("test user vanished");
  return { ...row, password };
}
