import { asc, eq, sql } from "drizzle-orm";
import type { Database } from "@soleus/db/client";
import { courseRevisions, courses, lessons } from "@soleus/db/schema";
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
      lessonCount: sql<number>`(select count(*)::int from ${lessons} where ${lessons.courseId} = ${courses.id} and ${lessons.publishedRevisionId} is not null)`,
    })
    .from(courses)
    .innerJoin(courseRevisions, eq(courses.publishedRevisionId, courseRevisions.id))
    .orderBy(asc(courseRevisions.title), asc(courses.slug));
}
