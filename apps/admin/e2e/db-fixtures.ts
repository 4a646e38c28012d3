import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { e2eDataDir, e2ePorts } from "../../../e2e.urls";
// Test tooling only: the specs reach the product's own database through the same modules the
// unit tests use (the root has no dependency on the packages, so by path).
import { createTestUser } from "../../../packages/auth/src/testing/fixtures";
import { connectDatabase } from "../../../packages/db/src/client";
import { courseCoaches } from "../../../packages/db/src/schema";

type Role = "learner" | "coach" | "admin";

/** The embedded database the product under test serves (password from its data directory). */
function productDatabaseUrl(): string {
  const password = readFileSync(path.join(e2eDataDir, "db-password"), "utf8").trim();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${String(e2ePorts.db)}/postgres`;
}

/**
 * Creates accounts straight in the product's database (no sign-up through the UI), optionally
 * assigning coaches to the built-in course; the connection is closed again at once, since the
 * embedded database serves one session at a time.
 */
export async function createPeople(
  wanted: { role: Role; name: string; assignBuiltInCourse?: boolean }[],
) {
  const handle = connectDatabase(productDatabaseUrl(), { maxConnections: 1 });
  try {
    const created = [];
    const builtIn = await handle.db.query.courses.findFirst({
      where: (table, { eq }) => eq(table.slug, "the-second-heart"),
    });
    for (const person of wanted) {
      const user = await createTestUser(handle.db, person.role, {
        name: person.name,
        email: `${person.role}-${crypto.randomUUID()}@example.org`,
      });
      if (person.assignBuiltInCourse && builtIn)
        await handle.db.insert(courseCoaches).values({ courseId: builtIn.id, userId: user.id });
      created.push(user);
    }
    return created;
  } finally {
    await handle.close();
  }
}

/** Signs in through the admin app's password form. */
export async function signIn(page: Page, who: { email: string; password: string }) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").first().fill(who.email);
  await page.getByLabel("Password", { exact: true }).fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}
