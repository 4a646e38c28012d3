import { afterAll, beforeAll, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@soleus/db/testing";
import { auditLog, users } from "@soleus/db/schema";
import { adminExists, createFirstAdmin } from "./first-admin";
import { signUpLearner } from "./sign-up";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.destroy();
});

it("creates the first admin exactly once, even when two people submit at the same moment", async () => {
  expect(await adminExists(database.db)).toBe(false);
  const [a, b] = await Promise.all([
    createFirstAdmin(database.db, { name: "Ada", email: "ada@example.org", password: "first admin words here" }),
    createFirstAdmin(database.db, { name: "Bea", email: "bea@example.org", password: "second admin words here" }),
  ]);
  expect([a.ok, b.ok].sort()).toEqual([false, true]);
  expect([a, b].find((result) => !result.ok)).toEqual({ ok: false, alreadySetUp: true });
  const admins = await database.db.select().from(users).where(eq(users.role, "admin"));
  expect(admins).toHaveLength(1);
  expect(await adminExists(database.db)).toBe(true);
  expect(await database.db.select({ action: auditLog.action }).from(auditLog)).toEqual([{ action: "admin.first_created" }]);
  const third = await createFirstAdmin(database.db, { name: "Cy", email: "cy@example.org", password: "third admin words here" });
  expect(third).toEqual({ ok: false, alreadySetUp: true });
});

it("signs up learners with field errors written for people", async () => {
  const bad = await signUpLearner(database.db, { name: " ", email: "not-an-email", password: "short" });
  expect(bad).toEqual({
    ok: false,
    errors: {
      name: "Enter your name.",
      email: "Enter an email address like name@example.com.",
      password: "Use at least 10 characters (this one has 5). A few words in a row are easy to remember.",
    },
  });
  const good = await signUpLearner(database.db, { name: "Lena", email: "Lena@Example.org", password: "walking every morning" });
  expect(good).toMatchObject({ ok: true, user: { email: "lena@example.org", role: "learner", name: "Lena" } });
  const again = await signUpLearner(database.db, { name: "Lena", email: "LENA@example.org", password: "walking every morning" });
  expect(again).toMatchObject({ ok: false, errors: { email: expect.stringContaining("already exists") } });
});
