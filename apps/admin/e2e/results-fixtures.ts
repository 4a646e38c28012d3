import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { createTestUser } from "@soleus/auth/testing/fixtures";
import { connectDatabase, type Database } from "@soleus/db/client";
import { generateResults } from "@soleus/db/generate-results";
import { e2eDataDir, e2ePorts } from "../../../e2e.urls";

/*
 * DB-backed fixtures for the results specs: accounts go straight into the database the product
 * under test runs on (its embedded PostgreSQL, password from the data directory), so no spec
 * signs up through the UI.
 */

/** The e2e product's database URL (the launcher's embedded database). */
export function e2eDatabaseUrl(): string {
  const password = readFileSync(path.join(e2eDataDir, "db-password"), "utf8").trim();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${e2ePorts.db}/postgres`;
}

/** Runs `work` on one connection to the e2e database, closed afterwards. */
export async function withE2eDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const handle = connectDatabase(e2eDatabaseUrl(), { maxConnections: 1 });
  try {
    return await work(handle.db);
  } finally {
    await handle.close();
  }
}

/**
 * Fills the built-in course with synthetic learners and attempts (the generator command's own
 * code, deterministic for the seed), ending now.
 */
export async function generateAttempts(attempts: number, seed: string) {
  const handle = connectDatabase(e2eDatabaseUrl(), { maxConnections: 1 });
  try {
    return await generateResults(handle.pool, { attempts, seed, end: Date.now() });
  } finally {
    await handle.close();
  }
}

/** An admin or coach account with a password, made in the database. */
export async function createStaff(role: "admin" | "coach", name: string) {
  const user = await withE2eDatabase((db) => createTestUser(db, role, { name }));
  return { email: user.email, password: user.password, name, id: user.id };
}

/** Signs in on the admin app's sign-in page (not a sign-up: the account already exists). */
export async function signInToAdmin(
  page: Page,
  who: { email: string; password: string; name: string },
) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").first().fill(who.email);
  await page.getByLabel("Password", { exact: true }).fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByText(`Signed in as ${who.name}`).waitFor();
}
