import { afterAll, beforeAll, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@soleus/db/testing";
import { auditLog, users } from "@soleus/db/schema";
import { adminExists, createFirstAdmin } from "./first-admin";
import { generateSetupCode, issueFirstAdminSetupCode } from "./setup-code";
import { signUpLearner } from "./sign-up";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.destroy();
});

const now = new Date("2026-12-01T10:00:00Z");

it("refuses to create the first admin without the setup code from the log, and counts wrong codes", async () => {
  const none = await createFirstAdmin(database.db, {
    name: "Eve",
    email: "eve@example.org",
    password: "stranger on the network",
    setupCode: "AAAA-AAAA",
  });
  expect(none).toEqual({
    ok: false,
    errors: { setupCode: expect.stringContaining("There is no setup code yet") },
  });
  await issueFirstAdminSetupCode(database.db, now, "K7QX-M2PD");
  const wrong = await createFirstAdmin(database.db, {
    name: "Eve",
    email: "eve@example.org",
    password: "stranger on the network",
    setupCode: "K7QX-M2PE",
  });
  expect(wrong).toEqual({
    ok: false,
    errors: { setupCode: expect.stringContaining("That setup code is not right") },
  });
  expect(JSON.stringify(wrong)).toContain("4 tries are left");
  const empty = await createFirstAdmin(database.db, {
    name: "Eve",
    email: "eve@example.org",
    password: "stranger on the network",
    setupCode: "",
  });
  expect(JSON.stringify(empty)).toContain("3 tries are left");
  expect(await adminExists(database.db)).toBe(false);
  expect(await database.db.select().from(users)).toEqual([]);
});

it("stops accepting even the right code after five wrong ones, until a new code is issued", async () => {
  await issueFirstAdminSetupCode(database.db, now, "K7QX-M2PD");
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await createFirstAdmin(database.db, {
      name: "Eve",
      email: "eve@example.org",
      password: "stranger on the network",
      setupCode: `WRONG-${attempt}`,
    });
  }
  const right = await createFirstAdmin(database.db, {
    name: "Ada",
    email: "ada@example.org",
    password: "first admin words here",
    setupCode: "K7QX-M2PD",
  });
  expect(right).toEqual({
    ok: false,
    errors: { setupCode: expect.stringContaining("no longer works") },
  });
  expect(await adminExists(database.db)).toBe(false);
});

it("makes readable codes: four and four characters without look-alikes", () => {
  const code = generateSetupCode();
  expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
  expect(generateSetupCode()).not.toBe(code);
});

it("creates the first admin exactly once, even when two people submit at the same moment", async () => {
  expect(await adminExists(database.db)).toBe(false);
  await issueFirstAdminSetupCode(database.db, now, "K7QX-M2PD");
  const [a, b] = await Promise.all([
    // Typed in lower case and without the dash: still the code.
    createFirstAdmin(database.db, {
      name: "Ada",
      email: "ada@example.org",
      password: "first admin words here",
      setupCode: "k7qxm2pd",
    }),
    createFirstAdmin(database.db, {
      name: "Bea",
      email: "bea@example.org",
      password: "second admin words here",
      setupCode: "K7QX-M2PD",
    }),
  ]);
  expect([a.ok, b.ok].sort()).toEqual([false, true]);
  expect([a, b].find((result) => !result.ok)).toEqual({ ok: false, alreadySetUp: true });
  const admins = await database.db.select().from(users).where(eq(users.role, "admin"));
  expect(admins).toHaveLength(1);
  expect(await adminExists(database.db)).toBe(true);
  expect(await database.db.select({ action: auditLog.action }).from(auditLog)).toEqual([
    { action: "admin.first_created" },
  ]);
  const third = await createFirstAdmin(database.db, {
    name: "Cy",
    email: "cy@example.org",
    password: "third admin words here",
    setupCode: "K7QX-M2PD",
  });
  expect(third).toEqual({ ok: false, alreadySetUp: true });
});

it("signs up learners with field errors written for people", async () => {
  const bad = await signUpLearner(database.db, {
    name: " ",
    email: "not-an-email",
    password: "short",
  });
  expect(bad).toEqual({
    ok: false,
    errors: {
      name: "Enter your name.",
      email: "Enter an email address like name@example.com.",
      password:
        "Use at least 10 characters (this one has 5). A few words in a row are easy to remember.",
    },
  });
  const good = await signUpLearner(database.db, {
    name: "Lena",
    email: "Lena@Example.org",
    password: "walking every morning",
  });
  expect(good).toMatchObject({
    ok: true,
    user: { email: "lena@example.org", role: "learner", name: "Lena" },
  });
  const again = await signUpLearner(database.db, {
    name: "Lena",
    email: "LENA@example.org",
    password: "walking every morning",
  });
  expect(again).toMatchObject({
    ok: false,
    errors: { email: expect.stringContaining("already exists") },
  });
});
