import { asc, eq } from "drizzle-orm";
import type { Database } from "@soleus/db/client";
import { courseRevisions, courses } from "@soleus/db/schema";
import { coursePublished, publishedLessonCount } from "./published";
import type { PublishedCourseSummary } from "./types";

/** Every published course for the catalog, by title, with its count of published lessons. One query. */
export async function listPublishedCourses(db: Database): Promise<PublishedCourseSummary[]> {
  return db
    .select({
      slug: courses.slug,
      title: courseRevisions.title,
      summary: courseRevisions.summary,
      audience: courseRevisions.audience,
      minutes: courseRevisions.minutes,
      objectives: courseRevisions.objectives,
      lessonCount: publishedLessonCount,
    })
    .from(courses)
    .innerJoin(courseRevisions, eq(courses.publishedRevisionId, courseRevisions.id))
    .where(coursePublished)
    .orderBy(asc(courseRevisions.title), asc(courses.slug));
}
