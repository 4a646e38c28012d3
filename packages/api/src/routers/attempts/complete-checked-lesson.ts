import { and, eq } from "drizzle-orm";
import type { Executor } from "@soleus/auth/db-types";
import { lessonProgress, lessonRevisions, lessons, quizzes } from "@soleus/db/schema";
import { lessonPublished } from "../../content/published";

/**
 * Passing a lesson's check counts that lesson as done (decision 0039), in the submit's own
 * transaction, so every count of completed lessons agrees. Marking it by hand later, or
 * passing again, changes nothing: the first completion is kept.
 */
export async function completeLessonOfPassedCheck(
  tx: Executor,
  attempt: { userId: string; quizId: string },
  completedAt: Date,
) {
  await completeLessonForLearners(tx, attempt.quizId, [attempt.userId], completedAt);
}

/** The same for several learners who now pass the quiz (a regrade's batch): two statements. */
export async function completeLessonForLearners(
  tx: Executor,
  quizId: string,
  userIds: readonly string[],
  completedAt: Date,
) {
  if (userIds.length === 0) return;
  const [checked] = await tx
    .select({ lessonId: lessons.id })
    .from(quizzes)
    // Which quiz checks which lesson is part of the lesson's published revision (decision 0024).
    .innerJoin(lessons, eq(lessons.courseId, quizzes.courseId))
    .innerJoin(lessonRevisions, eq(lessonRevisions.id, lessons.publishedRevisionId))
    .where(
      and(
        eq(quizzes.id, quizId),
        eq(quizzes.kind, "lesson_check"),
        eq(lessonRevisions.quizSlug, quizzes.slug),
        lessonPublished,
      ),
    )
    .limit(1);
  if (!checked) return;
  await tx
    .insert(lessonProgress)
    .values(
      [...new Set(userIds)].map((userId) => ({ userId, lessonId: checked.lessonId, completedAt })),
    )
    .onConflictDoNothing();
}
