import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { quizAttempts, quizRevisions } from "@soleus/db/schema";
import { optionIdByText } from "./testing/option-by-text";
import { COURSE, createWorld, QUIZ, type World } from "./testing/world";

let world: World;
beforeAll(async () => {
  world = await createWorld();
}, 120_000);
afterAll(async () => {
  await world.database.destroy();
});

interface AuthoredQuestion {
  id: string;
  type: string;
  options?: { text: string; correct?: boolean }[];
  answer?: boolean;
  accepted?: string[];
}

type Learner = Awaited<ReturnType<World["callerFor"]>>;

/** Answers every question of the lesson check right, from its stored (authored) key, and submits. */
async function passCheck(learner: Learner) {
  const view = await learner.attempts.start({ course: COURSE, quiz: QUIZ });
  const [stored] = await world.db
    .select({ questions: quizRevisions.questions })
    .from(quizAttempts)
    .innerJoin(quizRevisions, eq(quizRevisions.id, quizAttempts.quizRevisionId))
    .where(eq(quizAttempts.id, view.attemptId));
  for (const question of stored?.questions as AuthoredQuestion[]) {
    const response =
      question.type === "single_choice"
        ? {
            optionId: optionIdByText(
              view.quiz,
              question.id,
              question.options?.find((option) => option.correct)?.text ?? "",
            ),
          }
        : question.type === "true_false"
          ? { value: question.answer }
          : { text: question.accepted?.[0] ?? "" };
    await learner.attempts.saveResponse({
      attemptId: view.attemptId,
      questionId: question.id,
      response,
    });
  }
  return learner.attempts.submit({ attemptId: view.attemptId });
}

describe("lesson and course completion", () => {
  it("a failed check leaves its lesson undone; passing it counts the lesson everywhere", async () => {
    const learner = await world.callerFor("learner", () => new Date("2027-02-01T10:00:00Z"));
    const failed = await learner.attempts.start({ course: COURSE, quiz: QUIZ });
    await learner.attempts.submit({ attemptId: failed.attemptId });
    expect((await learner.progress.mine({ course: COURSE })).completedLessons).toEqual([]);

    const passed = await passCheck(learner);
    expect(passed.result?.passed).toBe(true);
    const mine = await learner.progress.mine({ course: COURSE });
    expect(mine.completedLessons.map((entry) => entry.lesson)).toEqual(["meet-the-soleus"]);
    expect(mine.completedLessons[0]?.completedAt.toISOString()).toBe("2027-02-01T10:00:00.000Z");
    const overview = await learner.progress.overview();
    expect(overview.courses[0]?.completedLessons.map((entry) => entry.lesson)).toEqual([
      "meet-the-soleus",
    ]);
    expect(await learner.progress.completion({ course: COURSE })).toMatchObject({
      lessonsDone: 1,
      lessonCount: 7,
      complete: false,
      completedAt: null,
    });
    // Someone else's progress is untouched.
    const other = await world.callerFor("otherLearner");
    expect((await other.progress.mine({ course: COURSE })).completedLessons).toEqual([]);
  });

  it("a course is complete once every lesson is done and the final quiz is passed", async () => {
    const at = (iso: string) => () => new Date(iso);
    const learner = await world.callerFor("otherLearner", at("2027-03-01T09:00:00Z"));
    const outline = await learner.courses.get({ course: COURSE });
    for (const lesson of outline.lessons)
      await learner.progress.markLessonComplete({ course: COURSE, lesson: lesson.slug });
    const finalQuiz = outline.finalQuiz?.slug ?? "";
    const lessonsOnly = await learner.progress.completion({ course: COURSE });
    expect(lessonsOnly).toMatchObject({ lessonsDone: 7, hasFinalQuiz: true, complete: false });

    const later = await world.callerFor("otherLearner", at("2027-03-02T18:30:00Z"));
    const final = await later.attempts.start({ course: COURSE, quiz: finalQuiz });
    await later.attempts.submit({ attemptId: final.attemptId });
    expect((await later.progress.completion({ course: COURSE })).complete).toBe(false);
    // Scoring a full pass is the engine's and the submit tests' business: here the stored
    // attempt is simply marked passed, as a pass would leave it.
    await world.db
      .update(quizAttempts)
      .set({ passed: true })
      .where(eq(quizAttempts.id, final.attemptId));
    const done = await later.progress.completion({ course: COURSE });
    expect(done).toMatchObject({
      complete: true,
      finalPassed: true,
      courseTitle: "The Second Heart",
    });
    expect(done.completedAt?.toISOString()).toBe("2027-03-02T18:30:00.000Z");
    expect(done.learnerName.length).toBeGreaterThan(0);
  });

  it("an unknown course is not found", async () => {
    const learner = await world.callerFor("learner");
    await expect(learner.progress.completion({ course: "no-such-course" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
