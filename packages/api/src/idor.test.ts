import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { quizAttempts } from "@soleus/db/schema";
import { COURSE, createWorld, QUIZ, type World } from "./testing/world";

let world: World;
beforeAll(async () => {
  world = await createWorld();
});
afterAll(async () => {
  await world.database.destroy();
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => "allowed",
    (error: unknown) => (error instanceof TRPCError ? error.code : `unexpected ${String(error)}`),
  );
}

describe("learner B can never read or change learner A's data by guessing ids", () => {
  it("attempts: get, save and submit of A's attempt are 'no such attempt' for B, and change nothing", async () => {
    const a = await world.callerFor("learner");
    const b = await world.callerFor("otherLearner");
    const view = await a.attempts.start({ course: COURSE, quiz: QUIZ });
    const question = view.quiz.questions[0];
    if (question?.type !== "single_choice") throw new Error("expected single choice");
    const before = await world.db
      .select()
      .from(quizAttempts)
      .where(eq(quizAttempts.id, view.attemptId));

    expect(await codeOf(b.attempts.get({ attemptId: view.attemptId }))).toBe("NOT_FOUND");
    expect(
      await codeOf(
        b.attempts.saveResponse({
          attemptId: view.attemptId,
          questionId: question.id,
          response: { optionId: "a" },
        }),
      ),
    ).toBe("NOT_FOUND");
    expect(await codeOf(b.attempts.submit({ attemptId: view.attemptId }))).toBe("NOT_FOUND");
    expect(await codeOf(b.attempts.get({ attemptId: crypto.randomUUID() }))).toBe("NOT_FOUND");

    const after = await world.db
      .select()
      .from(quizAttempts)
      .where(eq(quizAttempts.id, view.attemptId));
    expect(after).toEqual(before);
    expect(await b.attempts.history({ course: COURSE })).toEqual([]);
    expect((await a.attempts.history({ course: COURSE })).map((row) => row.attemptId)).toEqual([
      view.attemptId,
    ]);
  });

  it("progress and results: each learner sees only their own", async () => {
    const a = await world.callerFor("learner");
    const b = await world.callerFor("otherLearner");
    await a.progress.markLessonComplete({ course: COURSE, lesson: "meet-the-soleus" });
    expect(
      (await a.progress.mine({ course: COURSE })).completedLessons.map((row) => row.lesson),
    ).toEqual(["meet-the-soleus"]);
    expect((await b.progress.mine({ course: COURSE })).completedLessons).toEqual([]);
  });

  it("profile: 'me' is always the caller, and renaming changes only the caller", async () => {
    const a = await world.callerFor("learner");
    const b = await world.callerFor("otherLearner");
    await b.users.updateMyProfile({ name: "Bea B" });
    expect((await a.users.me()).id).toBe(world.people.learner.id);
    expect((await a.users.me()).name).toBe(world.people.learner.name);
    expect((await b.users.me()).name).toBe("Bea B");
    // There is no input to name another user: extra keys are refused, not ignored.
    expect(
      await codeOf(
        (a.users.updateMyProfile as (input: unknown) => Promise<unknown>)({
          name: "x",
          userId: world.people.otherLearner.id,
        }),
      ),
    ).toBe("BAD_REQUEST");
  });
});
