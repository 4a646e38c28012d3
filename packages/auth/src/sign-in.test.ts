import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@soleus/db/testing";
import { auditLog, users } from "@soleus/db/schema";
import { signInWithPassword, WRONG_EMAIL_OR_PASSWORD } from "./sign-in";
import { readSession, revokeAllSessions } from "./session";
import { createTestUser } from "./testing/fixtures";
import type { AppName } from "./cookies";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.destroy();
});

const minutes = (n: number) => n * 60_000;

function attempt(email: string, password: string, ip: string, now: Date, app: AppName = "web") {
  return signInWithPassword(database.db, { email, password, ip, now, app });
}

describe("password sign-in", () => {
  it("signs in with the right password (email case and spaces ignored) and starts a session", async () => {
    const user = await createTestUser(database.db, "learner");
    const result = await attempt(`  ${user.email.toUpperCase()} `, user.password, "10.0.0.1", new Date());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const session = await readSession(database.db, result.session.token, "web");
    expect(session?.user).toEqual({ id: user.id, email: user.email, name: user.name, role: "learner" });
  });

  it("says the same thing for a wrong password and an unknown email", async () => {
    const user = await createTestUser(database.db, "learner");
    const wrong = await attempt(user.email, "not the password at all", "10.0.0.2", new Date());
    const unknown = await attempt("nobody-here@example.org", user.password, "10.0.0.2", new Date());
    expect(wrong).toEqual({ ok: false, reason: "invalid", message: WRONG_EMAIL_OR_PASSWORD });
    expect(unknown).toEqual(wrong);
    const logged = await database.db.select().from(auditLog).where(eq(auditLog.targetId, user.email));
    expect(logged.map((entry) => entry.action)).toEqual(["sign_in.failed"]);
  });

  it("locks an account after 5 failures in 15 minutes, even for the right password, then lets it in again", async () => {
    const user = await createTestUser(database.db, "learner");
    const start = new Date("2030-01-01T10:00:00Z");
    for (let i = 0; i < 5; i += 1) {
      // Different addresses: the account's own counter trips.
      expect((await attempt(user.email, "wrong guess number", `10.1.0.${i}`, new Date(start.getTime() + minutes(i)))).ok).toBe(false);
    }
    const locked = await attempt(user.email, user.password, "10.1.1.1", new Date(start.getTime() + minutes(5)));
    expect(locked).toMatchObject({ ok: false, reason: "rate_limited", message: "Too many attempts. Try again in 10 minutes." });
    const oneMinuteLeft = await attempt(user.email, user.password, "10.1.1.1", new Date(start.getTime() + minutes(14) + 30_000));
    expect(oneMinuteLeft).toMatchObject({ ok: false, message: "Too many attempts. Try again in 1 minute." });
    const later = await attempt(user.email, user.password, "10.1.1.1", new Date(start.getTime() + minutes(15) + 1));
    expect(later.ok).toBe(true);
  });

  it("locks an address that guesses across many accounts", async () => {
    const victim = await createTestUser(database.db, "learner");
    const now = new Date("2030-02-01T10:00:00Z");
    for (let i = 0; i < 5; i += 1) await attempt(`someone${i}@example.org`, "guess guess guess", "10.2.0.9", now);
    const blocked = await attempt(victim.email, victim.password, "10.2.0.9", now);
    expect(blocked).toMatchObject({ ok: false, reason: "rate_limited", message: "Too many attempts. Try again in 15 minutes." });
    expect((await attempt(victim.email, victim.password, "10.2.0.10", now)).ok).toBe(true);
  });

  it("forgets an account's failures after a successful sign-in", async () => {
    const user = await createTestUser(database.db, "learner");
    const now = new Date("2030-03-01T10:00:00Z");
    for (let i = 0; i < 4; i += 1) await attempt(user.email, "wrong wrong wrong", `10.3.0.${i}`, now);
    expect((await attempt(user.email, user.password, "10.3.1.0", now)).ok).toBe(true);
    for (let i = 0; i < 4; i += 1) await attempt(user.email, "wrong wrong wrong", `10.3.2.${i}`, now);
    expect((await attempt(user.email, user.password, "10.3.3.0", now)).ok).toBe(true);
  });

  it("refuses a disabled account and a learner on the admin app, only after the right password", async () => {
    const disabled = await createTestUser(database.db, "coach");
    await database.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, disabled.id));
    expect(await attempt(disabled.email, disabled.password, "10.4.0.1", new Date(), "admin")).toMatchObject({ ok: false, reason: "disabled" });
    expect(await attempt(disabled.email, "wrong wrong wrong", "10.4.0.1", new Date(), "admin")).toMatchObject({ ok: false, reason: "invalid" });
    const learner = await createTestUser(database.db, "learner");
    expect(await attempt(learner.email, learner.password, "10.4.0.2", new Date(), "admin")).toMatchObject({ ok: false, reason: "wrong_app" });
    const coach = await createTestUser(database.db, "coach");
    expect((await attempt(coach.email, coach.password, "10.4.0.3", new Date(), "admin")).ok).toBe(true);
  });
});

describe("sessions", () => {
  it("end on the next request after sign-out-everywhere or a disable", async () => {
    const user = await createTestUser(database.db, "coach");
    const signIn = async () => {
      const result = await attempt(user.email, user.password, "10.5.0.1", new Date());
      if (!result.ok) throw new Error(result.message);
      return result.session.token;
    };
    const first = await signIn();
    const second = await signIn();
    await revokeAllSessions(database.db, user.id);
    expect(await readSession(database.db, first, "web")).toBeNull();
    expect(await readSession(database.db, second, "web")).toBeNull();

    const third = await signIn();
    expect((await readSession(database.db, third, "web"))?.user.role).toBe("coach");
    await database.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
    expect(await readSession(database.db, third, "web")).toBeNull();
  });

  it("are accepted only by the app that issued them", async () => {
    const coach = await createTestUser(database.db, "coach");
    const onAdmin = await attempt(coach.email, coach.password, "10.7.0.1", new Date(), "admin");
    const onWeb = await attempt(coach.email, coach.password, "10.7.0.2", new Date(), "web");
    if (!onAdmin.ok || !onWeb.ok) throw new Error("sign-in failed");
    expect((await readSession(database.db, onAdmin.session.token, "admin"))?.user.id).toBe(coach.id);
    expect(await readSession(database.db, onAdmin.session.token, "web")).toBeNull();
    expect((await readSession(database.db, onWeb.session.token, "web"))?.user.id).toBe(coach.id);
    expect(await readSession(database.db, onWeb.session.token, "admin")).toBeNull();
  });

  it("expire after 30 days and never accept a guessed token", async () => {
    const user = await createTestUser(database.db, "learner");
    const now = new Date();
    const result = await attempt(user.email, user.password, "10.6.0.1", now);
    if (!result.ok) throw new Error(result.message);
    expect(await readSession(database.db, result.session.token, "web", new Date(now.getTime() + 29 * 86_400_000))).not.toBeNull();
    expect(await readSession(database.db, result.session.token, "web", new Date(now.getTime() + 30 * 86_400_000 + 1))).toBeNull();
    expect(await readSession(database.db, `${result.session.token.slice(0, -1)}x`, "web")).toBeNull();
    expect(await readSession(database.db, undefined, "web")).toBeNull();
  });
});
