import { and, eq, isNotNull } from "drizzle-orm";
import type { Executor } from "@soleus/auth/db-types";
import { lessonProgress, lessons, quizzes } from "@soleus/db/schema";

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
  const [checked] = await tx
    .select({ lessonId: lessons.id })
    .from(quizzes)
    .innerJoin(lessons, eq(lessons.id, quizzes.lessonId))
    .where(
      and(
        eq(quizzes.id, attempt.quizId),
        eq(quizzes.kind, "lesson_check"),
        isNotNull(lessons.publishedRevisionId),
      ),
    )
    .limit(1);
  if (!checked) return;
  await tx
    .insert(lessonProgress)
    .values({ userId: attempt.userId, lessonId: checked.lessonId, completedAt })
    .onConflictDoNothing();
}
