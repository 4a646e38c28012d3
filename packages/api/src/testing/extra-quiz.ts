import { eq } from "drizzle-orm";
import { quizRevisions, quizzes } from "@soleus/db/schema";
import type { World } from "./world";

/** Fields every extra test question needs but no test is about. */
export const QUESTION_BASE = {
  points: 1,
  objectives: ["anatomy"],
  section: { lesson: "meet-the-soleus", anchor: "where-it-sits" },
  explanation: "Deep in the calf.",
  tags: [],
};

/** Adds a published lesson check with these questions (and default settings) to the seeded course. */
export async function addPublishedQuiz(
  world: World,
  slug: string,
  questions: unknown[],
  settings: Record<string, unknown> = {},
) {
  const [quiz] = await world.db
    .insert(quizzes)
    .values({ courseId: world.course.id, slug, kind: "lesson_check" })
    .returning();
  if (!quiz) throw new Error("quiz not created");
  const [revision] = await world.db
    .insert(quizRevisions)
    .values({
      quizId: quiz.id,
      revision: 1,
      title: `Test quiz ${slug}`,
      passPercent: 50,
      settings: {
        attemptsAllowed: null,
        grading: "highest",
        shuffleQuestions: false,
        shuffleOptions: true,
        pools: [],
        timeLimitSeconds: null,
        feedback: "after_submit",
        penaltyPerTry: 0,
        showCorrectAnswers: "after_each_attempt",
        ...settings,
      },
      questions: questions as never,
      source: "editor",
      contentHash: `test-${slug}`,
    })
    .returning();
  if (!revision) throw new Error("revision not created");
  await world.db
    .update(quizzes)
    .set({ publishedRevisionId: revision.id })
    .where(eq(quizzes.id, quiz.id));
  return quiz;
}
