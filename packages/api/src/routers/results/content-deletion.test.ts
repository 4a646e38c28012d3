import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  attemptResponses,
  lessonRevisions,
  lessons,
  quizAttempts,
  quizRevisions,
  quizzes,
} from "@soleus/db/schema";
import { COURSE, createWorld, QUIZ, type World } from "../../testing/world";

let world: World;
beforeAll(async () => {
  world = await createWorld();
  const caller = await world.callerFor("learner");
  const attempt = await caller.attempts.start({ course: COURSE, quiz: QUIZ });
  await caller.attempts.submit({ attemptId: attempt.attemptId });
}, 120_000);
afterAll(async () => {
  await (world as World | undefined)?.database.destroy();
});

const attemptsKept = async () => {
  const [a] = await world.db.select({ n: count() }).from(quizAttempts);
  const [r] = await world.db.select({ n: count() }).from(attemptResponses);
  return { attempts: a?.n ?? 0, responses: r?.n ?? 0 };
};

describe("deleting content never deletes learners' attempts", () => {
  it("refuses to delete a quiz revision or a quiz that has attempts; a lesson goes, its quiz stays", async () => {
    const before = await attemptsKept();
    expect(before.attempts).toBe(1);
    expect(before.responses).toBeGreaterThan(0);
    const quiz = await world.db.query.quizzes.findFirst({ where: eq(quizzes.slug, QUIZ) });
    // The lesson this quiz checks: the link is part of the lesson's revision (decision 0024).
    const [checked] = await world.db
      .select({ id: lessons.id })
      .from(lessons)
      .innerJoin(lessonRevisions, eq(lessonRevisions.id, lessons.publishedRevisionId))
      .where(eq(lessonRevisions.quizSlug, QUIZ));
    if (!quiz?.publishedRevisionId || !checked) throw new Error("fixture quiz incomplete");
    await world.db
      .update(quizzes)
      .set({ publishedRevisionId: null })
      .where(eq(quizzes.id, quiz.id));
    await expect(
      world.db.delete(quizRevisions).where(eq(quizRevisions.id, quiz.publishedRevisionId)),
    ).rejects.toThrow();
    await expect(world.db.delete(quizzes).where(eq(quizzes.id, quiz.id))).rejects.toThrow();
    await world.db
      .update(lessons)
      .set({ publishedRevisionId: null })
      .where(eq(lessons.id, checked.id));
    await world.db.delete(lessons).where(eq(lessons.id, checked.id));
    expect(await attemptsKept()).toEqual(before);
    const still = await world.db.query.quizzes.findFirst({ where: eq(quizzes.id, quiz.id) });
    expect(still?.id).toBe(quiz.id);
  });
});
