import { eq } from "drizzle-orm";
import type { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { signUpLearner } from "@soleus/auth/sign-up";
import { attemptResponses, users } from "@soleus/db/schema";
import { UNSTORABLE_TEXT_MESSAGE } from "@soleus/quiz-engine/schemas/safe-text";
import { rejection } from "./testing/rejection";
import { COURSE, createWorld, QUIZ, type World } from "./testing/world";

// NUL and an unpaired surrogate: PostgreSQL refuses both, so they must be refused before it.
const UNSTORABLE = ["calf\u0000tendon", "Achilles \uD83D"];

/** The code and the first field problem of a refused call (the HTTP layer words it the same way). */
function problem(error: TRPCError) {
  const issues = error.cause instanceof ZodError ? error.cause.issues : [];
  return { code: error.code, field: issues[0]?.path.join("."), message: issues[0]?.message };
}

let world: World;
beforeAll(async () => {
  world = await createWorld();
});
afterAll(async () => {
  await world.database.destroy();
});

describe("text the database cannot store is refused at the boundary, with a clear message", () => {
  it("a short-text answer: 400 naming the problem, and nothing is saved", async () => {
    const learner = await world.callerFor("learner");
    const view = await learner.attempts.start({ course: COURSE, quiz: QUIZ });
    const question = view.quiz.questions.find((q) => q.type === "short_text");
    if (!question) throw new Error("the quiz has no short-text question");
    for (const text of UNSTORABLE) {
      const refused = await rejection(
        learner.attempts.saveResponse({
          attemptId: view.attemptId,
          questionId: question.id,
          response: { text },
        }),
      );
      expect(refused.code).toBe("BAD_REQUEST");
      expect(refused.message).toContain(UNSTORABLE_TEXT_MESSAGE);
    }
    expect(
      await world.db
        .select()
        .from(attemptResponses)
        .where(eq(attemptResponses.attemptId, view.attemptId)),
    ).toEqual([]);
    await learner.attempts.saveResponse({
      attemptId: view.attemptId,
      questionId: question.id,
      response: { text: "Achilles 💪" },
    });
  });

  it("a profile name: 400, and the name stays as it was", async () => {
    const learner = await world.callerFor("learner");
    const before = (await learner.users.me()).name;
    for (const name of UNSTORABLE) {
      const refused = await rejection(learner.users.updateMyProfile({ name }));
      expect(problem(refused)).toEqual({
        code: "BAD_REQUEST",
        field: "name",
        message: UNSTORABLE_TEXT_MESSAGE,
      });
    }
    expect((await learner.users.me()).name).toBe(before);
  });

  it("a coach created by an admin, and an admin's search", async () => {
    const admin = await world.adminCallerFor("admin");
    const refused = await rejection(
      admin.users.createCoach({
        name: "Coach\u0000",
        email: "coach-nul@example.org",
        password: "a long enough passphrase 42",
      }),
    );
    expect(problem(refused)).toEqual({
      code: "BAD_REQUEST",
      field: "name",
      message: UNSTORABLE_TEXT_MESSAGE,
    });
    const search = await rejection(admin.users.list({ search: "\uDE00" }));
    expect(problem(search)).toEqual({
      code: "BAD_REQUEST",
      field: "search",
      message: UNSTORABLE_TEXT_MESSAGE,
    });
    expect(
      await world.db.select().from(users).where(eq(users.email, "coach-nul@example.org")),
    ).toEqual([]);
  });

  it("sign-up (what the sign-up form's action calls): the name's error on the form, and no account", async () => {
    for (const name of UNSTORABLE) {
      const result = await signUpLearner(world.db, {
        name,
        email: "nul-sign-up@example.org",
        password: "a long enough passphrase 42",
      });
      expect(result).toEqual({ ok: false, errors: { name: UNSTORABLE_TEXT_MESSAGE } });
    }
    const badPassword = await signUpLearner(world.db, {
      name: "Lee",
      email: "nul-sign-up@example.org",
      password: "a long enough passphrase\u0000",
    });
    expect(badPassword).toMatchObject({ ok: false, errors: { password: UNSTORABLE_TEXT_MESSAGE } });
    expect(
      await world.db.select().from(users).where(eq(users.email, "nul-sign-up@example.org")),
    ).toEqual([]);
  });
});
