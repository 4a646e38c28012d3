import { and, asc, eq } from "drizzle-orm";
import type { Database } from "@soleus/db/client";
import {
  courseRevisionLessons,
  courses,
  lessonRevisions,
  lessons,
  quizRevisions,
  quizzes,
} from "@soleus/db/schema";
import { courseAddressSchema } from "./inputs";
import { lessonInPublishedCourse, lessonPublished, quizPublished } from "./published";
import { findPublishedCourse, objectivesByIds, quizMention } from "./published-course";
import type { CourseOutline } from "./types";

/**
 * A published course with its published lessons in reading order, each with its check quiz,
 * and the final quiz; null when no such course is published. Two queries.
 * Throws a ZodError for a slug that cannot exist.
 */
export async function getCourseOutline(
  db: Database,
  courseSlug: string,
): Promise<CourseOutline | null> {
  const { course: slug } = courseAddressSchema.parse({ course: courseSlug });
  const course = await findPublishedCourse(db, slug);
  if (!course) return null;
  const rows = await db
    .select({
      slug: lessons.slug,
      title: lessonRevisions.title,
      summary: lessonRevisions.summary,
      minutes: lessonRevisions.minutes,
      objectives: lessonRevisions.objectives,
      quizSlug: quizzes.slug,
      quizTitle: quizRevisions.title,
    })
    .from(lessons)
    .innerJoin(courses, eq(courses.id, lessons.courseId))
    .innerJoin(courseRevisionLessons, lessonInPublishedCourse)
    .innerJoin(lessonRevisions, eq(lessons.publishedRevisionId, lessonRevisions.id))
    .leftJoin(
      quizzes,
      and(
        eq(quizzes.courseId, lessons.courseId),
        eq(quizzes.slug, lessonRevisions.quizSlug),
        quizPublished,
      ),
    )
    .leftJoin(quizRevisions, eq(quizzes.publishedRevisionId, quizRevisions.id))
    .where(and(eq(lessons.courseId, course.id), lessonPublished))
    .orderBy(asc(courseRevisionLessons.position));
  return {
    slug: course.slug,
    title: course.title,
    summary: course.summary,
    audience: course.audience,
    minutes: course.minutes,
    objectives: course.objectives,
    finalQuiz: quizMention(course.finalQuizSlug, course.finalQuizTitle),
    lessons: rows.map((row, index) => ({
      slug: row.slug,
      number: index + 1,
      title: row.title,
      summary: row.summary,
      minutes: row.minutes,
      objectives: objectivesByIds(course.objectives, row.objectives),
      checkQuiz: quizMention(row.quizSlug, row.quizTitle),
    })),
  };
}
