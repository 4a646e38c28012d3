import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@soleus/db/testing";
import { APP_ROLES, type Role } from "./roles";
import {
  BAD_RESET_LINK,
  requestPasswordReset,
  resetLinkWorks,
  resetPassword,
} from "./password-reset";
import { readSession } from "./session";
import { signInWithPassword } from "./sign-in";
import { createTestUser } from "./testing/fixtures";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.destroy();
});

const NEW_PASSWORD = "tea by the garden window";

async function askForReset(
  email: string,
  now: Date,
  ip = "10.9.0.1",
  allowedRoles: readonly Role[] = APP_ROLES.web,
) {
  const result = await requestPasswordReset(database.db, {
    email,
    ip,
    allowedRoles,
    now,
    resetUrl: (token) => `http://127.0.0.1:3000/reset-password?token=${token}`,
  });
  if (!result.ok) throw new Error(result.message);
  return { email: result.email, token: result.email?.text.match(/token=([\w-]+)/)?.[1] ?? "" };
}

function signIn(email: string, password: string) {
  return signInWithPassword(database.db, { email, password, ip: "10.9.1.1", app: "web" });
}

describe("forgot password", () => {
  it("emails a single-use link that sets a new password and ends every other session", async () => {
    const user = await createTestUser(database.db, "learner");
    const before = await signIn(user.email, user.password);
    if (!before.ok) throw new Error(before.message);
    const now = new Date();
    const { email, token } = await askForReset(user.email.toUpperCase(), now);
    expect(email).toMatchObject({ to: user.email, subject: "Reset your Soleus password" });
    expect(email?.text).toContain("within 30 minutes");
    expect(await resetLinkWorks(database.db, token, now)).toBe(true);

    expect(await resetPassword(database.db, { token, password: NEW_PASSWORD, now })).toEqual({
      ok: true,
      email: user.email,
    });
    expect(await readSession(database.db, before.session.token, "web")).toBeNull();
    expect((await signIn(user.email, user.password)).ok).toBe(false);
    expect((await signIn(user.email, NEW_PASSWORD)).ok).toBe(true);

    // Once only.
    expect(
      await resetPassword(database.db, { token, password: "another fine long sentence", now }),
    ).toEqual({ ok: false, reason: "bad_link", message: BAD_RESET_LINK });
    expect((await signIn(user.email, NEW_PASSWORD)).ok).toBe(true);
  });

  it("stops working after 30 minutes, and an older link dies when a newer one is used", async () => {
    const user = await createTestUser(database.db, "learner");
    const now = new Date("2031-05-01T10:00:00Z");
    const older = await askForReset(user.email, now);
    const newer = await askForReset(user.email, new Date(now.getTime() + 60_000));
    const late = new Date(now.getTime() + 30 * 60_000 + 1);
    expect(await resetLinkWorks(database.db, older.token, late)).toBe(false);
    expect(
      await resetPassword(database.db, { token: older.token, password: NEW_PASSWORD, now: late }),
    ).toMatchObject({ ok: false, reason: "bad_link" });
    expect(
      await resetPassword(database.db, { token: newer.token, password: NEW_PASSWORD, now: late }),
    ).toMatchObject({ ok: true });
    const evenOlder = await askForReset(user.email, now);
    await resetPassword(database.db, {
      token: (await askForReset(user.email, now)).token,
      password: "yet another long sentence",
      now,
    });
    expect(await resetLinkWorks(database.db, evenOlder.token, now)).toBe(false);
  });

  it("refuses a weak new password with the strength advice, and keeps the link usable", async () => {
    const user = await createTestUser(database.db, "learner");
    const now = new Date();
    const { token } = await askForReset(user.email, now);
    const weak = await resetPassword(database.db, { token, password: "password123456", now });
    expect(weak).toMatchObject({ ok: false, reason: "weak_password" });
    expect(weak.ok ? "" : weak.message).toContain("similar to a commonly used password");
    expect((await signIn(user.email, user.password)).ok).toBe(true);
    expect(await resetLinkWorks(database.db, token, now)).toBe(true);
  });

  it("answers the same for an unknown email and sends nothing; learners get no link on the admin app", async () => {
    expect(await askForReset("nobody-here@example.org", new Date())).toEqual({
      email: null,
      token: "",
    });
    const learner = await createTestUser(database.db, "learner");
    expect(
      (await askForReset(learner.email, new Date(), "10.9.0.2", APP_ROLES.admin)).email,
    ).toBeNull();
    const coach = await createTestUser(database.db, "coach");
    expect(
      (await askForReset(coach.email, new Date(), "10.9.0.2", APP_ROLES.admin)).email,
    ).not.toBeNull();
  });

  it("is limited like sign-in links: 5 an hour for one email", async () => {
    const user = await createTestUser(database.db, "learner");
    for (let i = 0; i < 5; i += 1) await askForReset(user.email, new Date(), `10.9.2.${i}`);
    const sixth = await requestPasswordReset(database.db, {
      email: user.email,
      ip: "10.9.2.9",
      allowedRoles: APP_ROLES.web,
      now: new Date(),
      resetUrl: (token) => token,
    });
    expect(sixth).toMatchObject({ ok: false });
    expect(sixth.ok ? "" : sixth.message).toMatch(
      /Please use the newest one, or ask again in \d+ minutes?\./,
    );
    expect(
      await requestPasswordReset(database.db, {
        email: "nobody-else@example.org",
        ip: "10.9.2.9",
        allowedRoles: APP_ROLES.web,
        now: new Date(),
        resetUrl: (token) => token,
      }),
    ).toEqual({ ok: true, email: null });
  });
});
