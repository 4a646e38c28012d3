import { TRPCError } from "@trpc/server";
import { and, eq, isNotNull, min, sql } from "drizzle-orm";
import type { Executor } from "@soleus/auth/db-types";
import {
  courseRevisions,
  courses,
  lessonProgress,
  lessons,
  quizAttempts,
  quizzes,
  users,
} from "@soleus/db/schema";

/**
 * Where a learner stands against finishing a course (decision 0039): complete once every
 * published lesson is done (read, or its check passed) and the final quiz, when the course has
 * one, is passed. `completedAt` is when the last of those happened: the certificate's date.
 */
export async function courseCompletion(db: Executor, userId: string, courseSlug: string) {
  const [course] = await db
    .select({ id: courses.id, title: courseRevisions.title })
    .from(courses)
    .innerJoin(courseRevisions, eq(courseRevisions.id, courses.publishedRevisionId))
    .where(eq(courses.slug, courseSlug))
    .limit(1);
  if (!course) throw new TRPCError({ code: "NOT_FOUND", message: "There is no such course." });
  const [lessonsRow] = await db
    .select({
      lessonCount: sql<number>`count(*)::int`,
      doneCount: sql<number>`count(${lessonProgress.lessonId})::int`,
      lastDone: sql<Date | null>`max(${lessonProgress.completedAt})`.mapWith(
        (value: string | Date | null) => (value === null ? null : new Date(value)),
      ),
    })
    .from(lessons)
    .leftJoin(
      lessonProgress,
      and(eq(lessonProgress.lessonId, lessons.id), eq(lessonProgress.userId, userId)),
    )
    .where(and(eq(lessons.courseId, course.id), isNotNull(lessons.publishedRevisionId)));
  const finals = await db
    .select({ firstPassed: min(quizAttempts.submittedAt) })
    .from(quizzes)
    .leftJoin(
      quizAttempts,
      and(
        eq(quizAttempts.quizId, quizzes.id),
        eq(quizAttempts.userId, userId),
        eq(quizAttempts.passed, true),
      ),
    )
    .where(
      and(
        eq(quizzes.courseId, course.id),
        eq(quizzes.kind, "final"),
        isNotNull(quizzes.publishedRevisionId),
      ),
    )
    .groupBy(quizzes.id);
  const [person] = await db
    .select({ name: users.name, email: users.email })
    .from(users)
    .where(eq(users.id, userId));
  const lessonCount = lessonsRow?.lessonCount ?? 0;
  const lessonsDone = lessonsRow?.doneCount ?? 0;
  const finalPassedAt = finals.length === 0 ? null : (finals[0]?.firstPassed ?? null);
  const complete =
    lessonCount > 0 &&
    lessonsDone === lessonCount &&
    (finals.length === 0 || finalPassedAt !== null);
  const moments = [lessonsRow?.lastDone ?? null, finalPassedAt].filter(
    (moment): moment is Date => moment !== null,
  );
  return {
    course: courseSlug,
    courseTitle: course.title,
    learnerName: person?.name ?? person?.email ?? "",
    lessonCount,
    lessonsDone,
    hasFinalQuiz: finals.length > 0,
    finalPassed: finalPassedAt !== null,
    complete,
    completedAt: complete ? new Date(Math.max(...moments.map((moment) => moment.getTime()))) : null,
  };
}
export type CourseCompletion = Awaited<ReturnType<typeof courseCompletion>>;
