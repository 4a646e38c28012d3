import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reviewLog } from "@soleus/db/schema";
import type { PublicQuestion } from "@soleus/quiz-engine/schema";
import { rejection } from "./testing/rejection";
import { COURSE, createWorld, QUIZ, type World } from "./testing/world";

let world: World;
beforeAll(async () => {
  world = await createWorld();
}, 120_000);
afterAll(async () => {
  await world.database.destroy();
});

const MINUTE = 60_000;
const submittedAt = new Date("2027-03-01T09:00:00Z");
const dueLater = new Date(submittedAt.getTime() + 30 * MINUTE);

/** Every choice a learner could guess for a single-choice question (one answer each). */
function everyGuess(question: PublicQuestion): unknown[] {
  if (question.type !== "single_choice")
    throw new Error(`expected a single-choice question, got ${question.type}`);
  return question.options.map((option) => ({ optionId: option.id }));
}

async function loggedAnswers(userId: string, questionId: string) {
  return world.db
    .select()
    .from(reviewLog)
    .where(and(eq(reviewLog.userId, userId), eq(reviewLog.questionId, questionId)));
}

describe("practice grades one answer per question each time it is due", () => {
  it("refuses a question that is scheduled but not due yet, and grades nothing", async () => {
    const learner = await world.callerFor("learner", () => submittedAt);
    const attempt = await learner.attempts.start({ course: COURSE, quiz: QUIZ });
    await learner.attempts.submit({ attemptId: attempt.attemptId });
    const question = attempt.quiz.questions.find((candidate) => candidate.type === "single_choice");
    if (!question) throw new Error("the quiz has no single-choice question");

    const refused = await rejection(
      learner.review.answer({
        course: COURSE,
        quiz: QUIZ,
        questionId: question.id,
        response: everyGuess(question)[0],
      }),
    );
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toMatch(
      /^You have already answered this question for now\. It comes back for practice on .+ \(UTC\)\.$/,
    );
    expect(await loggedAnswers(world.people.learner.id, question.id)).toHaveLength(0);
  });

  it("after one graded answer, guessing the other options before it is due again is refused", async () => {
    const learner = await world.callerFor("learner", () => dueLater);
    const item = (await learner.review.queue()).due.find(
      (candidate) => candidate.question.type === "single_choice",
    );
    if (!item) throw new Error("expected a due single-choice question");
    const [first, ...others] = everyGuess(item.question);
    const graded = await learner.review.answer({
      course: item.course,
      quiz: item.quiz,
      questionId: item.question.id,
      response: first,
    });
    expect(graded.nextDue?.getTime()).toBeGreaterThan(dueLater.getTime());

    expect(others.length).toBeGreaterThan(0);
    for (const guess of others) {
      const refused = await rejection(
        learner.review.answer({
          course: item.course,
          quiz: item.quiz,
          questionId: item.question.id,
          response: guess,
        }),
      );
      expect(refused.code).toBe("CONFLICT");
      expect(refused.message).toContain("It comes back for practice on");
    }
    expect(await loggedAnswers(world.people.learner.id, item.question.id)).toHaveLength(1);

    // Once it is due again, it is graded again.
    const later = await world.callerFor(
      "learner",
      () => new Date((graded.nextDue ?? dueLater).getTime() + MINUTE),
    );
    // A lapse brings a fresh layout with fresh option ids, so answer from the view shown now.
    const again = (await later.review.queue()).due.find(
      (candidate) => candidate.question.id === item.question.id,
    );
    if (!again) throw new Error("expected the question to be due again");
    await later.review.answer({
      course: again.course,
      quiz: again.quiz,
      questionId: again.question.id,
      response: everyGuess(again.question)[0],
    });
    expect(await loggedAnswers(world.people.learner.id, item.question.id)).toHaveLength(2);
  });

  it("two answers sent at once for the same due question: exactly one is graded", async () => {
    const learner = await world.callerFor("learner", () => dueLater);
    const item = (await learner.review.queue()).due.find(
      (candidate) => candidate.question.type === "single_choice",
    );
    if (!item) throw new Error("expected another due single-choice question");
    const guesses = everyGuess(item.question);
    const outcomes = await Promise.allSettled(
      guesses.map((guess) =>
        learner.review.answer({
          course: item.course,
          quiz: item.quiz,
          questionId: item.question.id,
          response: guess,
        }),
      ),
    );
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect(await loggedAnswers(world.people.learner.id, item.question.id)).toHaveLength(1);
  });
});
