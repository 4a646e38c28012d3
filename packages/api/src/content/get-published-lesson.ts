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
import { lessonAddressSchema } from "./inputs";
import { lessonInPublishedCourse, lessonPublished, quizPublished } from "./published";
import { findPublishedCourse, objectivesByIds, quizMention } from "./published-course";
import type { LessonLink, PublishedLesson } from "./types";

/**
 * One published lesson of a published course, with its place in the course, its previous and
 * next published lessons and its check quiz; null when either is not published. Three queries
 * (the last two in parallel). Throws a ZodError for slugs that cannot exist.
 */
export async function getPublishedLesson(
  db: Database,
  courseSlug: string,
  lessonSlug: string,
): Promise<PublishedLesson | null> {
  const address = lessonAddressSchema.parse({ course: courseSlug, lesson: lessonSlug });
  const course = await findPublishedCourse(db, address.course);
  if (!course) return null;
  const [order, [lesson]] = await Promise.all([
    db
      .select({ slug: lessons.slug, title: lessonRevisions.title })
      .from(lessons)
      .innerJoin(courses, eq(courses.id, lessons.courseId))
      .innerJoin(courseRevisionLessons, lessonInPublishedCourse)
      .innerJoin(lessonRevisions, eq(lessons.publishedRevisionId, lessonRevisions.id))
      .where(and(eq(lessons.courseId, course.id), lessonPublished))
      .orderBy(asc(courseRevisionLessons.position)),
    db
      .select({
        revisionId: lessonRevisions.id,
        title: lessonRevisions.title,
        summary: lessonRevisions.summary,
        minutes: lessonRevisions.minutes,
        objectives: lessonRevisions.objectives,
        bodyMarkdown: lessonRevisions.bodyMarkdown,
        quizSlug: quizzes.slug,
        quizTitle: quizRevisions.title,
      })
      .from(lessons)
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
      .where(
        and(eq(lessons.courseId, course.id), eq(lessons.slug, address.lesson), lessonPublished),
      )
      .limit(1),
  ]);
  const index = order.findIndex((entry) => entry.slug === address.lesson);
  if (!lesson || index === -1) return null;
  const link = (at: number): LessonLink | null => {
    const entry = order[at];
    return entry ? { slug: entry.slug, number: at + 1, title: entry.title } : null;
  };
  return {
    course: { slug: course.slug, title: course.title, lessonCount: order.length },
    lesson: {
      slug: address.lesson,
      number: index + 1,
      revisionId: lesson.revisionId,
      title: lesson.title,
      summary: lesson.summary,
      minutes: lesson.minutes,
      objectives: objectivesByIds(course.objectives, lesson.objectives),
      bodyMarkdown: lesson.bodyMarkdown,
    },
    checkQuiz: quizMention(lesson.quizSlug, lesson.quizTitle),
    previous: link(index - 1),
    next: link(index + 1),
  };
}
