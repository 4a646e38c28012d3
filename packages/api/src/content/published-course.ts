import { and, eq } from "drizzle-orm";
import type { Database } from "@soleus/db/client";
import { courseRevisions, courses, quizRevisions, quizzes } from "@soleus/db/schema";
import type { Objective } from "@soleus/content/model/objective";
import { coursePublished, quizPublished } from "./published";

/** The published revision of one course (and its published final quiz), or undefined. One query. */
export async function findPublishedCourse(db: Database, slug: string) {
  const [row] = await db
    .select({
      id: courses.id,
      slug: courses.slug,
      title: courseRevisions.title,
      summary: courseRevisions.summary,
      audience: courseRevisions.audience,
      minutes: courseRevisions.minutes,
      objectives: courseRevisions.objectives,
      finalQuizSlug: quizzes.slug,
      finalQuizTitle: quizRevisions.title,
    })
    .from(courses)
    .innerJoin(courseRevisions, eq(courses.publishedRevisionId, courseRevisions.id))
    .leftJoin(
      quizzes,
      and(eq(quizzes.courseId, courses.id), eq(quizzes.kind, "final"), quizPublished),
    )
    .leftJoin(quizRevisions, eq(quizzes.publishedRevisionId, quizRevisions.id))
    .where(and(eq(courses.slug, slug), coursePublished))
    .limit(1);
  return row;
}

/** The course objectives a lesson names, in the lesson's order; ids the course no longer has are left out. */
export function objectivesByIds(all: Objective[], ids: string[]): Objective[] {
  return ids.flatMap((id) => all.filter((objective) => objective.id === id));
}

/** A quiz reference from a left join: both parts present, or none. */
export function quizMention(slug: string | null, title: string | null) {
  return slug !== null && title !== null ? { slug, title } : null;
}
