import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Executor } from "@soleus/auth/db-types";
import {
  courseRevisionLessons,
  courseRevisions,
  courses,
  lessonProgress,
  lessonRevisions,
  lessons,
  quizAttempts,
  quizRevisions,
  quizzes,
} from "@soleus/db/schema";
import type { AttemptResult } from "@soleus/quiz-engine";
import {
  coursePublished,
  lessonInPublishedCourse,
  lessonPublished,
  publishedLessonCount,
} from "../content/published";

/**
 * Everything the learner's progress page shows, for their own account only: the courses they
 * started (lessons done out of published lessons), every attempt, and per-objective mastery of
 * each submitted attempt in time order (the "over time" chart).
 */
export async function progressOverview(db: Executor, userId: string) {
  const attempts = await db
    .select({
      attemptId: quizAttempts.id,
      course: courses.slug,
      quiz: quizzes.slug,
      kind: quizzes.kind,
      title: quizRevisions.title,
      attemptNumber: quizAttempts.attemptNumber,
      status: quizAttempts.status,
      percent: quizAttempts.percent,
      passed: quizAttempts.passed,
      startedAt: quizAttempts.startedAt,
      submittedAt: quizAttempts.submittedAt,
      result: quizAttempts.result,
    })
    .from(quizAttempts)
    .innerJoin(quizzes, eq(quizzes.id, quizAttempts.quizId))
    .innerJoin(courses, eq(courses.id, quizzes.courseId))
    .innerJoin(quizRevisions, eq(quizRevisions.id, quizAttempts.quizRevisionId))
    .where(eq(quizAttempts.userId, userId))
    .orderBy(desc(quizAttempts.startedAt))
    .limit(200);
  const completed = await db
    .select({
      course: courses.slug,
      lesson: lessons.slug,
      title: lessonRevisions.title,
      position: courseRevisionLessons.position,
      completedAt: lessonProgress.completedAt,
    })
    .from(lessonProgress)
    .innerJoin(lessons, eq(lessons.id, lessonProgress.lessonId))
    .innerJoin(lessonRevisions, eq(lessonRevisions.id, lessons.publishedRevisionId))
    .innerJoin(courses, eq(courses.id, lessons.courseId))
    .innerJoin(courseRevisionLessons, lessonInPublishedCourse)
    .where(and(eq(lessonProgress.userId, userId), lessonPublished))
    .orderBy(asc(courseRevisionLessons.position));

  const started = [
    ...new Set([...completed.map((row) => row.course), ...attempts.map((row) => row.course)]),
  ];
  const courseRows =
    started.length === 0
      ? []
      : await db
          .select({
            slug: courses.slug,
            title: courseRevisions.title,
            objectives: courseRevisions.objectives,
            lessonCount: publishedLessonCount,
          })
          .from(courses)
          .innerJoin(courseRevisions, eq(courseRevisions.id, courses.publishedRevisionId))
          .where(and(inArray(courses.slug, started), coursePublished));

  return {
    courses: courseRows.map((course) => ({
      slug: course.slug,
      title: course.title,
      lessonCount: course.lessonCount,
      objectives: course.objectives.map((objective) => ({
        id: objective.id,
        title: objective.title,
      })),
      completedLessons: completed
        .filter((row) => row.course === course.slug)
        .map(({ lesson, title, completedAt }) => ({ lesson, title, completedAt })),
    })),
    attempts: attempts.map(({ result: _result, ...attempt }) => attempt),
    mastery: attempts
      .filter(
        (attempt) =>
          attempt.status === "submitted" && attempt.submittedAt !== null && attempt.result !== null,
      )
      .map((attempt) => ({
        attemptId: attempt.attemptId,
        course: attempt.course,
        quiz: attempt.quiz,
        title: attempt.title,
        attemptNumber: attempt.attemptNumber,
        submittedAt: attempt.submittedAt as Date,
        objectives: (attempt.result as unknown as AttemptResult).objectives.map((objective) => ({
          objectiveId: objective.objectiveId,
          percent: objective.percent,
          mastery: objective.mastery,
        })),
      }))
      .reverse(),
  };
}
export type ProgressOverview = Awaited<ReturnType<typeof progressOverview>>;
