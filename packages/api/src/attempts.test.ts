import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attemptResponses, quizAttempts } from "@soleus/db/schema";
import { publicQuizSchema } from "@soleus/quiz-engine/schema";
import { COURSE, createWorld, QUIZ, type World } from "./testing/world";
import { optionIdByText } from "./testing/option-by-text";
import { rejection } from "./testing/rejection";

let world: World;
beforeAll(async () => {
  world = await createWorld();
});
afterAll(async () => {
  await world.database.destroy();
});

describe("quiz attempts", () => {
  it("start gives only the public view: no keys, feedback or explanations before submission", async () => {
    const learner = await world.callerFor("learner");
    const view = await learner.attempts.start({ course: COURSE, quiz: QUIZ });
    expect(() => publicQuizSchema.parse(view.quiz)).not.toThrow();
    const text = JSON.stringify(view);
    for (const secret of [
      '"correct"',
      "explanation",
      "misconception",
      "The front of the shin holds the muscles",
    ])
      expect(text).not.toContain(secret);
    expect(view.result).toBeNull();
    expect(view.status).toBe("open");
    // Starting again resumes the same open attempt.
    expect((await learner.attempts.start({ course: COURSE, quiz: QUIZ })).attemptId).toBe(
      view.attemptId,
    );
  });

  it("saves answers, scores once inside a transaction, and returns the same result when submitted twice", async () => {
    const learner = await world.callerFor("learner");
    const view = await learner.attempts.start({ course: COURSE, quiz: QUIZ });
    const first = view.quiz.questions.find((question) => question.type === "single_choice");
    if (first?.type !== "single_choice") throw new Error("expected a single-choice question");
    const right = optionIdByText(view.quiz, first.id, "Deep in the calf");
    await learner.attempts.saveResponse({
      attemptId: view.attemptId,
      questionId: first.id,
      response: { optionId: right },
    });
    // The learner gets their answer back in the attempt's ids; the server keeps the authored one.
    expect((await learner.attempts.get({ attemptId: view.attemptId })).responses).toEqual({
      [first.id]: { optionId: right },
    });
    const [stored] = await world.db
      .select({ state: quizAttempts.state })
      .from(quizAttempts)
      .where(eq(quizAttempts.id, view.attemptId));
    expect((stored?.state as { responses: unknown }).responses).toEqual({
      [first.id]: { optionId: "b" },
    });

    const submitted = await learner.attempts.submit({ attemptId: view.attemptId });
    expect(submitted.status).toBe("submitted");
    expect(submitted.result?.points).toBe(1);
    expect(
      submitted.result?.questions.find((question) => question.questionId === first.id)?.status,
    ).toBe("correct");
    const again = await learner.attempts.submit({ attemptId: view.attemptId });
    expect(again.result).toEqual(submitted.result);
    expect(again.submittedAt).toEqual(submitted.submittedAt);

    const [rows] = await world.db
      .select({ n: count() })
      .from(attemptResponses)
      .where(eq(attemptResponses.attemptId, view.attemptId));
    expect(rows?.n).toBe(view.quiz.questions.length);
    const saveAfter = await rejection(
      learner.attempts.saveResponse({
        attemptId: view.attemptId,
        questionId: first.id,
        response: { optionId: "b" },
      }),
    );
    expect([saveAfter.code, saveAfter.message]).toEqual([
      "CONFLICT",
      "This attempt was already submitted.",
    ]);
    // A new start after submission is attempt number 2.
    expect((await learner.attempts.start({ course: COURSE, quiz: QUIZ })).attemptNumber).toBe(2);
  });

  it("submitting the same attempt from two tabs at once scores it once", async () => {
    const learner = await world.callerFor("otherLearner");
    const view = await learner.attempts.start({ course: COURSE, quiz: QUIZ });
    const [a, b] = await Promise.all([
      learner.attempts.submit({ attemptId: view.attemptId }),
      learner.attempts.submit({ attemptId: view.attemptId }),
    ]);
    expect(a.result).toEqual(b.result);
    const [row] = await world.db
      .select()
      .from(quizAttempts)
      .where(eq(quizAttempts.id, view.attemptId));
    expect(row?.submittedAt).toEqual(a.submittedAt);
  });

  it("refuses answers that do not fit the question, or are too large, with a clear message", async () => {
    const learner = await world.callerFor("learner");
    const view = await learner.attempts.start({ course: COURSE, quiz: QUIZ });
    const question = view.quiz.questions[0];
    if (!question) throw new Error("no question");
    const misfit = await rejection(
      learner.attempts.saveResponse({
        attemptId: view.attemptId,
        questionId: question.id,
        response: { optionId: "zz" },
      }),
    );
    expect(misfit.code).toBe("BAD_REQUEST");
    expect(misfit.message).toMatch(/^That answer does not fit the question/);
    const huge = await rejection(
      learner.attempts.saveResponse({
        attemptId: view.attemptId,
        questionId: question.id,
        response: { text: "x".repeat(9000) },
      }),
    );
    expect(huge.code).toBe("BAD_REQUEST");
    const unknown = await rejection(
      learner.attempts.saveResponse({
        attemptId: view.attemptId,
        questionId: "no-such-question",
        response: { optionId: "a" },
      }),
    );
    expect([unknown.code, unknown.message]).toEqual([
      "BAD_REQUEST",
      "This attempt has no such question.",
    ]);
  });

  it("a quiz that does not exist is a clear 404", async () => {
    const learner = await world.callerFor("learner");
    const missing = await rejection(
      learner.attempts.start({ course: COURSE, quiz: "no-such-quiz" }),
    );
    expect([missing.code, missing.message]).toEqual(["NOT_FOUND", "There is no such quiz."]);
  });
});
