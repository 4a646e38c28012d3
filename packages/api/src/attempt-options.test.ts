import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { quizAttempts, users } from "@soleus/db/schema";
import {
  addImmediateFeedbackQuiz,
  COURSE,
  createWorld,
  IMMEDIATE_QUIZ,
  QUIZ,
  type World,
} from "./testing/world";
import { optionIdByText } from "./testing/option-by-text";
import { rejection } from "./testing/rejection";

let world: World;
beforeAll(async () => {
  world = await createWorld();
  await addImmediateFeedbackQuiz(world);
}, 120_000);
afterAll(async () => {
  await world.database.destroy();
});

describe("immediate feedback (attempts.check)", () => {
  it("scores one question now with the penalty per try, locks it when right, and keeps the explanation until then", async () => {
    const learner = await world.callerFor("learner");
    const view = await learner.attempts.start({ course: COURSE, quiz: IMMEDIATE_QUIZ });
    expect(view.quiz.feedback).toBe("immediate");
    const thigh = optionIdByText(view.quiz, "where-is-it", "In the thigh");
    const deep = optionIdByText(view.quiz, "where-is-it", "Deep in the calf");
    const wrong = await learner.attempts.check({
      attemptId: view.attemptId,
      questionId: "where-is-it",
      response: { optionId: thigh },
    });
    expect(wrong).toMatchObject({
      status: "incorrect",
      tries: 1,
      feedback: ["Lower down: it is a calf muscle."],
      explanation: null,
      locked: false,
    });
    const right = await learner.attempts.check({
      attemptId: view.attemptId,
      questionId: "where-is-it",
      response: { optionId: deep },
    });
    expect(right).toMatchObject({
      status: "correct",
      tries: 2,
      earned: 0.75,
      penalty: 0.25,
      locked: true,
    });
    expect(right.explanation).toBe("Deep in the calf, under the gastrocnemius.");
    expect((await learner.attempts.get({ attemptId: view.attemptId })).checks).toEqual({
      "where-is-it": { tries: 2, pending: false, solved: true },
    });
    const locked = await rejection(
      learner.attempts.check({
        attemptId: view.attemptId,
        questionId: "where-is-it",
        response: { optionId: thigh },
      }),
    );
    expect([locked.code, locked.message]).toEqual([
      "CONFLICT",
      "You already answered this question correctly.",
    ]);
    const result = await learner.attempts.submit({ attemptId: view.attemptId });
    expect(result.result?.points).toBe(0.75);
  });

  it("is refused for quizzes that give feedback only after submitting, and for someone else's attempt", async () => {
    const learner = await world.callerFor("learner");
    const view = await learner.attempts.start({ course: COURSE, quiz: QUIZ });
    const question = view.quiz.questions[0];
    if (question?.type !== "single_choice") throw new Error("expected single choice first");
    const refused = await rejection(
      learner.attempts.check({
        attemptId: view.attemptId,
        questionId: question.id,
        response: { optionId: question.options[0]?.id },
      }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(JSON.stringify((await learner.attempts.get({ attemptId: view.attemptId })).checks)).toBe(
      "{}",
    );
    const other = await world.callerFor("otherLearner");
    const stranger = await rejection(
      other.attempts.check({
        attemptId: view.attemptId,
        questionId: question.id,
        response: { optionId: "a" },
      }),
    );
    expect(stranger.code).toBe("NOT_FOUND");
  });
});

describe("time accommodation (users.time_multiplier)", () => {
  it("gives a learner with a multiplier proportionally more time; others get the quiz's limit", async () => {
    const now = new Date("2027-02-01T10:00:00Z");
    await world.db
      .update(users)
      .set({ timeMultiplier: 1.5 })
      .where(eq(users.id, world.people.otherLearner.id));
    const slower = await (
      await world.callerFor("otherLearner", () => now)
    ).attempts.start({ course: COURSE, quiz: IMMEDIATE_QUIZ });
    expect(slower.quiz.timeLimitSeconds).toBe(900);
    expect(slower.quiz.deadline).toBe(now.getTime() + 900_000);
    const standard = await (
      await world.callerFor("coach", () => now)
    ).attempts.start({ course: COURSE, quiz: IMMEDIATE_QUIZ });
    expect(standard.quiz.timeLimitSeconds).toBe(600);
  });

  it("ignores a stored multiplier the engine cannot use", async () => {
    await world.db
      .update(users)
      .set({ timeMultiplier: -2 })
      .where(eq(users.id, world.people.admin.id));
    const view = await (
      await world.callerFor("admin")
    ).attempts.start({ course: COURSE, quiz: IMMEDIATE_QUIZ });
    expect(view.quiz.timeLimitSeconds).toBe(600);
  });
});

describe("an attempt that ran out of time", () => {
  it("counts as submitted when its time ended, not when the learner came back", async () => {
    const startedAt = new Date("2027-03-01T10:00:00Z");
    const coach = await world.callerFor("coach", () => startedAt);
    const first = await coach.attempts.start({ course: COURSE, quiz: IMMEDIATE_QUIZ });
    const deadline = first.quiz.deadline ?? 0;
    expect(deadline).toBeGreaterThan(startedAt.getTime());
    // Three days later the open attempt is closed and a new one begins.
    const later = await (
      await world.callerFor("coach", () => new Date(startedAt.getTime() + 3 * 24 * 3600 * 1000))
    ).attempts.start({ course: COURSE, quiz: IMMEDIATE_QUIZ });
    expect(later.attemptId).not.toBe(first.attemptId);
    const [closed] = await world.db
      .select()
      .from(quizAttempts)
      .where(eq(quizAttempts.id, first.attemptId));
    expect(closed?.status).toBe("submitted");
    const submittedAt = closed?.submittedAt?.getTime() ?? 0;
    expect(submittedAt).toBeGreaterThanOrEqual(deadline);
    expect(submittedAt).toBeLessThanOrEqual(deadline + 10 * 60 * 1000);
  });
});
