import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { quizAttempts, reviewLog } from "@soleus/db/schema";
import { publicQuestionSchema } from "@soleus/quiz-engine/schema";
import { sampleResponse } from "./testing/sample-response";
import { COURSE, createWorld, QUIZ, type World } from "./testing/world";
import { rejection } from "./testing/rejection";

let world: World;
beforeAll(async () => {
  world = await createWorld();
}, 120_000);
afterAll(async () => {
  await world.database.destroy();
});

const DAY = 24 * 3600 * 1000;

describe("review queue (practice of missed questions)", () => {
  it("is empty before any attempt, then lists the missed questions in their public form only", async () => {
    const start = new Date("2027-01-10T09:00:00Z");
    const learner = await world.callerFor("learner", () => start);
    expect(await learner.review.queue()).toMatchObject({
      dueCount: 0,
      due: [],
      upcomingCount: 0,
      nextDue: null,
    });

    const attempt = await learner.attempts.start({ course: COURSE, quiz: QUIZ });
    await learner.attempts.submit({ attemptId: attempt.attemptId });
    // Missed questions come back after FSRS's first learning step, not the same minute.
    const straightAway = await learner.review.queue();
    expect(straightAway).toMatchObject({
      dueCount: 0,
      upcomingCount: attempt.quiz.questions.length,
    });
    expect(straightAway.nextDue?.getTime()).toBeGreaterThan(start.getTime());
    const queue = await (
      await world.callerFor("learner", () => new Date(start.getTime() + 10 * 60 * 1000))
    ).review.queue();
    expect(queue.dueCount).toBe(attempt.quiz.questions.length);
    for (const item of queue.due)
      expect(() => publicQuestionSchema.parse(item.question)).not.toThrow();
    const text = JSON.stringify(queue);
    for (const secret of ['"correct"', "explanation", "misconception", "feedback"])
      expect(text).not.toContain(secret);
  });

  it("practice scores on the server, writes no attempt, logs the answer and moves the schedule on", async () => {
    const now = new Date("2027-01-10T09:15:00Z");
    const learner = await world.callerFor("learner", () => now);
    const [attemptsBefore] = await world.db
      .select({ n: count() })
      .from(quizAttempts)
      .where(eq(quizAttempts.userId, world.people.learner.id));
    const queue = await learner.review.queue();
    const item = queue.due[0];
    if (!item) throw new Error("expected a due question");
    const outcome = await learner.review.answer({
      course: item.course,
      quiz: item.quiz,
      questionId: item.question.id,
      response: sampleResponse(item.question),
    });
    expect(outcome.explanation.length).toBeGreaterThan(0);
    expect(outcome.section.lesson).toBe("meet-the-soleus");
    expect(outcome.nextDue?.getTime()).toBeGreaterThan(now.getTime());

    const [attemptsAfter] = await world.db
      .select({ n: count() })
      .from(quizAttempts)
      .where(eq(quizAttempts.userId, world.people.learner.id));
    expect(attemptsAfter?.n).toBe(attemptsBefore?.n);
    const logged = await world.db
      .select()
      .from(reviewLog)
      .where(eq(reviewLog.userId, world.people.learner.id));
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ questionId: item.question.id, fraction: outcome.fraction });
    // That question is no longer due now; it comes back later.
    const after = await learner.review.queue();
    expect(after.dueCount).toBe(queue.dueCount - 1);
    expect(after.due.map((due) => due.question.id)).not.toContain(item.question.id);
    const later = await (
      await world.callerFor("learner", () => new Date(now.getTime() + 60 * DAY))
    ).review.queue();
    expect(later.due.map((due) => due.question.id)).toContain(item.question.id);
  });

  it("refuses to score a question the learner has not missed in a submitted attempt (no key probing)", async () => {
    const other = await world.callerFor("otherLearner");
    const open = await other.attempts.start({ course: COURSE, quiz: QUIZ });
    const question = open.quiz.questions[0];
    if (!question) throw new Error("no question");
    const refused = await rejection(
      other.review.answer({
        course: COURSE,
        quiz: QUIZ,
        questionId: question.id,
        response: sampleResponse(question),
      }),
    );
    expect([refused.code, refused.message]).toEqual([
      "NOT_FOUND",
      "This question is not in your review list.",
    ]);
  });

  it("another learner's misses never show in someone else's queue", async () => {
    // At a time when the learner's own misses are due, someone else's queue is still empty.
    const when = () => new Date(new Date("2027-01-10T09:00:00Z").getTime() + 60 * DAY);
    expect(
      (await (await world.callerFor("learner", when)).review.queue()).dueCount,
    ).toBeGreaterThan(0);
    expect((await (await world.callerFor("coach", when)).review.queue()).dueCount).toBe(0);
  });
});

describe("progress overview", () => {
  it("shows only the caller's own lessons, attempts and mastery over time", async () => {
    const learner = await world.callerFor("learner");
    await learner.progress.markLessonComplete({ course: COURSE, lesson: "meet-the-soleus" });
    const mine = await learner.progress.overview();
    expect(mine.courses.map((course) => course.slug)).toEqual([COURSE]);
    expect(mine.courses[0]?.lessonCount).toBe(7);
    expect(mine.courses[0]?.completedLessons.map((lesson) => lesson.lesson)).toEqual([
      "meet-the-soleus",
    ]);
    expect(mine.courses[0]?.objectives.map((objective) => objective.id)).toContain("anatomy");
    expect(mine.attempts.length).toBeGreaterThan(0);
    expect(mine.mastery[0]?.objectives[0]).toMatchObject({
      mastery: expect.any(String),
      percent: expect.any(Number),
    });
    expect(JSON.stringify(mine)).not.toContain("explanation");

    const admin = await world.callerFor("admin");
    expect(await admin.progress.overview()).toEqual({ courses: [], attempts: [], mastery: [] });
  });
});
