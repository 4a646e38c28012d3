import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@soleus/db/testing";
import { users } from "@soleus/db/schema";
import { confirmLearnerSignUp, requestLearnerSignUp } from "./learner-sign-up";
import { signInWithPassword } from "./sign-in";
import { createTestUser } from "./testing/fixtures";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.destroy();
});

const links = {
  confirm: (token: string) => `http://127.0.0.1:3000/sign-up/confirm?token=${token}`,
  signIn: "http://127.0.0.1:3000/sign-in",
  reset: "http://127.0.0.1:3000/forgot-password",
};

function signUp(name: string, email: string, password: string, ip = "10.8.0.1") {
  return requestLearnerSignUp(database.db, { name, email, password, ip, now: new Date(), links });
}

describe("learner sign-up", () => {
  it("answers the same for a new and a taken email; the owner is told by email, the newcomer gets a confirmation link", async () => {
    const owner = await createTestUser(database.db, "learner");
    const taken = await signUp("Someone Else", owner.email, "a sentence nobody guesses");
    const fresh = await signUp("New Person", "new.person@example.org", "a sentence nobody guesses");
    expect(taken.ok && fresh.ok).toBe(true);
    if (!taken.ok || !fresh.ok) return;
    expect(Object.keys(taken)).toEqual(Object.keys(fresh));
    expect(taken.email).toMatchObject({
      to: owner.email,
      subject: "You already have a Soleus account",
    });
    expect(taken.email.text).toContain("http://127.0.0.1:3000/forgot-password");
    expect(fresh.email).toMatchObject({
      to: "new.person@example.org",
      subject: "Finish creating your Soleus account",
    });
    // The owner's password is untouched and nothing was created yet.
    expect(
      (
        await signInWithPassword(database.db, {
          email: owner.email,
          password: owner.password,
          ip: "10.8.0.2",
          app: "web",
        })
      ).ok,
    ).toBe(true);
    expect(
      await database.db.query.users.findFirst({ where: eq(users.email, "new.person@example.org") }),
    ).toBeUndefined();
  });

  it("creates the account from the link once, with the chosen password and a verified email", async () => {
    const requested = await signUp(
      "Lena Walker",
      "Lena.Walker@Example.org",
      "walking every single morning",
    );
    if (!requested.ok) throw new Error("refused");
    const token = /token=([\w-]+)/.exec(requested.email.text)?.[1] ?? "";
    const confirmed = await confirmLearnerSignUp(database.db, { token, now: new Date() });
    expect(confirmed).toMatchObject({
      ok: true,
      user: { email: "lena.walker@example.org", name: "Lena Walker" },
    });
    const row = await database.db.query.users.findFirst({
      where: eq(users.email, "lena.walker@example.org"),
    });
    expect(row).toMatchObject({ role: "learner" });
    expect(row?.emailVerified).toBeInstanceOf(Date);
    expect(row?.passwordHash).toMatch(/^scrypt\$/);
    expect(
      (
        await signInWithPassword(database.db, {
          email: "lena.walker@example.org",
          password: "walking every single morning",
          ip: "10.8.0.3",
          app: "web",
        })
      ).ok,
    ).toBe(true);
    expect(await confirmLearnerSignUp(database.db, { token, now: new Date() })).toMatchObject({
      ok: false,
      message: expect.stringContaining("expired or was already used") as string,
    });
  });

  it("refuses weak passwords with zxcvbn's advice, and changes nothing", async () => {
    const weak = await signUp("Max", "max@example.org", "password123456");
    expect(weak).toMatchObject({
      ok: false,
      errors: {
        password: expect.stringContaining("similar to a commonly used password") as string,
      },
    });
    const personal = await signUp("Margaret Smith", "margaret.smith@example.org", "margaretsmith1");
    expect(personal).toMatchObject({
      ok: false,
      errors: { password: expect.stringContaining("personal") as string },
    });
  });

  it("is limited to 3 an hour for one email, whoever asks", async () => {
    for (let i = 0; i < 3; i += 1)
      expect(
        (await signUp("Flood", "flooded@example.org", "a sentence nobody guesses", `10.8.1.${i}`))
          .ok,
      ).toBe(true);
    const fourth = await signUp(
      "Flood",
      "flooded@example.org",
      "a sentence nobody guesses",
      "10.8.1.9",
    );
    expect(fourth).toMatchObject({
      ok: false,
      errors: { form: expect.stringContaining("try again in") as string },
    });
  });
});
