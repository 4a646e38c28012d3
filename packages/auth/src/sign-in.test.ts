import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
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
  vi.useFakeTimers({ toFake: ["Date"] });
});
afterAll(async () => {
  vi.useRealTimers();
  await database.destroy();
});

const minutes = (n: number) => n * 60_000;

/** Sets the wall clock the limiter reads (rate-limiter-flexible has no injectable clock) and returns it. */
function clock(ms: number): Date {
  vi.setSystemTime(ms);
  return new Date(ms);
}

function attempt(
  email: string,
  password: string,
  ip: string,
  now: Date,
  app: AppName = "web",
  emailLinkOffered = false,
) {
  return signInWithPassword(database.db, { email, password, ip, now, app, emailLinkOffered });
}

describe("password sign-in", () => {
  it("signs in with the right password (email case and spaces ignored) and starts a session", async () => {
    const user = await createTestUser(database.db, "learner");
    const result = await attempt(
      `  ${user.email.toUpperCase()} `,
      user.password,
      "10.0.0.1",
      new Date(),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const session = await readSession(database.db, result.session.token, "web");
    expect(session?.user).toEqual({
      id: user.id,
      email: user.email,
      name: user.name,
      role: "learner",
    });
  });

  it("says the same thing for a wrong password and an unknown email", async () => {
    const user = await createTestUser(database.db, "learner");
    const wrong = await attempt(user.email, "not the password at all", "10.0.0.2", new Date());
    const unknown = await attempt("nobody-here@example.org", user.password, "10.0.0.2", new Date());
    expect(wrong).toEqual({ ok: false, reason: "invalid", message: WRONG_EMAIL_OR_PASSWORD });
    expect(unknown).toEqual(wrong);
    const logged = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.targetId, user.email));
    expect(logged.map((entry) => entry.action)).toEqual(["sign_in.failed"]);
  });

  it("warns before the try that would start a wait, then slows guessing with growing waits, never a lockout", async () => {
    const user = await createTestUser(database.db, "learner");
    const start = Date.parse("2030-01-01T10:00:00Z");
    // Different addresses: the account's own counter is what slows the guesses.
    const wrong = (i: number, at: number) =>
      attempt(user.email, "wrong guess number", `10.1.0.${i}`, clock(start + at), "web", true);
    for (let i = 0; i < 3; i += 1)
      expect(await wrong(i, i * 1000)).toEqual({
        ok: false,
        reason: "invalid",
        message: WRONG_EMAIL_OR_PASSWORD,
      });
    expect(await wrong(3, 3000)).toEqual({
      ok: false,
      reason: "invalid",
      message:
        "Wrong email or password. One more wrong password and you will need to wait 1 minute, or use the emailed sign-in link.",
    });
    const fifth = await wrong(4, 4000);
    expect(fifth).toMatchObject({
      ok: false,
      reason: "rate_limited",
      pause: { scope: "account", minutes: 1 },
    });
    expect(fifth.ok ? "" : fifth.message).toContain(
      "please wait 1 minute before trying a password again. You can sign in right now with an emailed sign-in link",
    );
    // During the wait even the right password is not checked.
    expect(
      await attempt(user.email, user.password, "10.1.1.1", clock(start + 30_000)),
    ).toMatchObject({ ok: false, reason: "rate_limited", pause: { minutes: 1 } });
    // After it, one more wrong password costs 5 minutes.
    expect(await wrong(5, 65_000)).toMatchObject({ reason: "rate_limited", pause: { minutes: 5 } });
    expect(
      await attempt(user.email, user.password, "10.1.1.1", clock(start + 65_000 + minutes(4))),
    ).toMatchObject({ reason: "rate_limited", pause: { minutes: 1 } });
    expect(
      (await attempt(user.email, user.password, "10.1.1.1", clock(start + 66_000 + minutes(5)))).ok,
    ).toBe(true);
    // The right password forgets the wrong ones: the first typos are free again.
    for (let i = 0; i < 3; i += 1)
      expect(await wrong(i, minutes(7) + i)).toMatchObject({
        reason: "invalid",
        message: WRONG_EMAIL_OR_PASSWORD,
      });
  });

  it("waits 1, 5, 15 and then 60 minutes after the 5th, 6th, 7th and later wrong passwords in a row", async () => {
    const user = await createTestUser(database.db, "learner");
    let at = Date.parse("2030-01-02T10:00:00Z");
    const waits: number[] = [];
    for (let i = 0; i < 9; i += 1) {
      const result = await attempt(user.email, "still the wrong one", "10.1.2.1", clock(at));
      waits.push(!result.ok && result.reason === "rate_limited" ? result.pause.minutes : 0);
      at += (waits.at(-1) ?? 0) * 60_000 + 1000;
    }
    expect(waits).toEqual([0, 0, 0, 0, 1, 5, 15, 60, 60]);
  });

  it("counts an unknown email exactly like a real one, so the warning reveals no account", async () => {
    const user = await createTestUser(database.db, "learner");
    const now = clock(Date.parse("2030-01-03T10:00:00Z"));
    const run = async (email: string) => {
      const messages: string[] = [];
      for (let i = 0; i < 6; i += 1) {
        const result = await attempt(email, "not it at all", "10.1.3.1", now, "web", true);
        messages.push(result.ok ? "signed in" : result.message);
      }
      return messages;
    };
    expect(await run("nobody-at-all@example.org")).toEqual(await run(user.email));
  });

  it("lets parallel guesses on one account through only up to the first wait", async () => {
    const user = await createTestUser(database.db, "learner");
    const now = clock(Date.parse("2030-01-04T10:00:00Z"));
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        attempt(user.email, `parallel guess ${i}`, `10.1.4.${i}`, now),
      ),
    );
    expect(results.filter((result) => !result.ok && result.reason === "invalid")).toHaveLength(4);
    // Only five passwords were checked at all; the other three met the wait the fifth started.
    const logged = await database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.targetId, user.email));
    expect(logged.filter((entry) => entry.action === "sign_in.failed")).toHaveLength(5);
    expect(logged.filter((entry) => entry.action === "sign_in.throttled")).toHaveLength(3);
  });

  it("never stops a household: one member's many typos leave the others at the same address free", async () => {
    const [typist, partner, coach] = await Promise.all([
      createTestUser(database.db, "learner"),
      createTestUser(database.db, "learner"),
      createTestUser(database.db, "coach"),
    ]);
    let at = Date.parse("2030-02-01T10:00:00Z");
    for (let i = 0; i < 20; i += 1) {
      await attempt(typist.email, "my old password", "10.2.0.9", clock(at));
      at += minutes(61);
    }
    expect((await attempt(partner.email, partner.password, "10.2.0.9", clock(at))).ok).toBe(true);
    expect((await attempt(coach.email, coach.password, "10.2.0.9", clock(at), "admin")).ok).toBe(
      true,
    );
  }, 120_000);

  it("pauses password sign-in from an address only after 100 wrong passwords there within an hour", async () => {
    const victim = await createTestUser(database.db, "learner");
    const now = clock(Date.parse("2030-02-02T10:00:00Z"));
    // Four at a time: the test pool has five connections.
    for (let i = 0; i < 99; i += 4) {
      await Promise.all(
        [i, i + 1, i + 2, i + 3]
          .filter((n) => n < 99)
          .map((n) => attempt(`sprayed${n}@example.org`, "Summer2030!", "10.2.1.9", now)),
      );
    }
    expect((await attempt(victim.email, victim.password, "10.2.1.9", now)).ok).toBe(true);
    await attempt("sprayed-last@example.org", "Summer2030!", "10.2.1.9", now);
    const paused = await attempt(victim.email, victim.password, "10.2.1.9", now, "web", true);
    expect(paused).toMatchObject({
      ok: false,
      reason: "rate_limited",
      pause: { scope: "address", minutes: 60 },
    });
    expect(paused.ok ? "" : paused.message).toContain("from your network");
    expect((await attempt(victim.email, victim.password, "10.2.1.10", now)).ok).toBe(true);
    expect(
      (await attempt(victim.email, victim.password, "10.2.1.9", clock(now.getTime() + minutes(61))))
        .ok,
    ).toBe(true);
  }, 300_000);

  it("refuses a disabled account and a learner on the admin app, only after the right password", async () => {
    const disabled = await createTestUser(database.db, "coach");
    await database.db
      .update(users)
      .set({ disabledAt: new Date() })
      .where(eq(users.id, disabled.id));
    expect(
      await attempt(disabled.email, disabled.password, "10.4.0.1", new Date(), "admin"),
    ).toMatchObject({ ok: false, reason: "disabled" });
    expect(
      await attempt(disabled.email, "wrong wrong wrong", "10.4.0.1", new Date(), "admin"),
    ).toMatchObject({ ok: false, reason: "invalid" });
    const learner = await createTestUser(database.db, "learner");
    expect(
      await attempt(learner.email, learner.password, "10.4.0.2", new Date(), "admin"),
    ).toMatchObject({ ok: false, reason: "wrong_app" });
    const coach = await createTestUser(database.db, "coach");
    expect((await attempt(coach.email, coach.password, "10.4.0.3", new Date(), "admin")).ok).toBe(
      true,
    );
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
    expect((await readSession(database.db, onAdmin.session.token, "admin"))?.user.id).toBe(
      coach.id,
    );
    expect(await readSession(database.db, onAdmin.session.token, "web")).toBeNull();
    expect((await readSession(database.db, onWeb.session.token, "web"))?.user.id).toBe(coach.id);
    expect(await readSession(database.db, onWeb.session.token, "admin")).toBeNull();
  });

  it("expire after 30 days and never accept a guessed token", async () => {
    const user = await createTestUser(database.db, "learner");
    const now = new Date();
    const result = await attempt(user.email, user.password, "10.6.0.1", now);
    if (!result.ok) throw new Error(result.message);
    expect(
      await readSession(
        database.db,
        result.session.token,
        "web",
        new Date(now.getTime() + 29 * 86_400_000),
      ),
    ).not.toBeNull();
    expect(
      await readSession(
        database.db,
        result.session.token,
        "web",
        new Date(now.getTime() + 30 * 86_400_000 + 1),
      ),
    ).toBeNull();
    expect(
      await readSession(database.db, `${result.session.token.slice(0, -1)}x`, "web"),
    ).toBeNull();
    expect(await readSession(database.db, undefined, "web")).toBeNull();
  });
});
