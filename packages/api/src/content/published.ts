import { eq, exists, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import { courseRevisionLessons, courses, lessons, quizzes } from "@soleus/db/schema";

/**
 * "Is this published?" — written once (docs/decisions/0024). Every learner-facing query uses
 * these conditions instead of spelling out pointer checks:
 *
 * - a course is published when it points at a revision and is not archived;
 * - a lesson is published when it points at a revision AND its course is published AND the
 *   course's published revision lists it (lesson order is part of the course revision);
 * - a quiz is published when it points at a revision and its course is published.
 */

/** `a and b`, typed as always present (drizzle's `and` may return undefined). */
function both(a: SQL, b: SQL): SQL {
  return sql`(${a} and ${b})`;
}

/** Condition on `courses`: learners may see this course. */
export const coursePublished: SQL = both(
  isNotNull(courses.publishedRevisionId),
  isNull(courses.archivedAt),
);

/**
 * Join condition for `courseRevisionLessons`: the entry of `lessons` in its course's published
 * revision (inner-join it to keep only listed lessons and to order by `position`). Needs
 * `courses` in the query, joined to the lesson's course.
 */
export const lessonInPublishedCourse: SQL = both(
  eq(courseRevisionLessons.courseRevisionId, courses.publishedRevisionId),
  eq(courseRevisionLessons.lessonId, lessons.id),
);

/** Condition on `lessons` alone (no joins needed): learners may see this lesson. */
export const lessonPublished: SQL = both(
  isNotNull(lessons.publishedRevisionId),
  exists(
    sql`(select 1 from ${courseRevisionLessons} inner join ${courses} on ${courses.publishedRevisionId} = ${courseRevisionLessons.courseRevisionId} where ${courseRevisionLessons.lessonId} = ${lessons.id} and ${courses.archivedAt} is null)`,
  ),
);

/** Condition on `quizzes` alone (no joins needed): learners may take this quiz. */
export const quizPublished: SQL = both(
  isNotNull(quizzes.publishedRevisionId),
  exists(
    sql`(select 1 from ${courses} where ${courses.id} = ${quizzes.courseId} and ${courses.publishedRevisionId} is not null and ${courses.archivedAt} is null)`,
  ),
);

/** The number of published lessons of `courses` (a correlated subquery for a select list). */
export const publishedLessonCount = sql<number>`(select count(*)::int from ${courseRevisionLessons} inner join ${lessons} on ${lessons.id} = ${courseRevisionLessons.lessonId} where ${courseRevisionLessons.courseRevisionId} = ${courses.publishedRevisionId} and ${lessons.publishedRevisionId} is not null)`;
