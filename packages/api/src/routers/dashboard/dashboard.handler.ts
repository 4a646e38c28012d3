import { and, desc, eq, isNotNull, sql } from "drizzle-orm";
import type { Database } from "@soleus/auth/db-types";
import type { SessionUser } from "@soleus/auth/session";
import { courseRevisions, courses, lessonRevisions, lessons, users } from "@soleus/db/schema";
import { manageableCourses } from "../../trpc/course-access";

/** How many recently published items the dashboard lists. */
export const RECENTLY_PUBLISHED_LIMIT = 8;

/**
 * The caller's courses (coaches: owned or assigned; admins: all), each with its newest title,
 * whether it is published and how many lessons it has.
 */
async function myCourses(db: Database, user: SessionUser) {
  const newestTitle = db
    .select({ title: courseRevisions.title })
    .from(courseRevisions)
    .where(eq(courseRevisions.courseId, courses.id))
    .orderBy(desc(courseRevisions.revision))
    .limit(1);
  const lessonCount = db
    .select({ n: sql<number>`count(*)::int` })
    .from(lessons)
    .where(eq(lessons.courseId, courses.id));
  return db
    .select({
      id: courses.id,
      slug: courses.slug,
      title: sql<string | null>`(${newestTitle})`,
      published: sql<boolean>`${courses.publishedRevisionId} is not null`,
      ownedByMe: sql<boolean>`coalesce(${courses.ownerId} = ${user.id}, false)`,
      lessonCount: sql<number>`(${lessonCount})`,
    })
    .from(courses)
    .where(manageableCourses(db, user))
    .orderBy(courses.slug);
}

/**
 * Lessons of the caller's courses whose newest revision is not the published one: work saved
 * but not yet published (or never published), newest first.
 */
async function draftsInProgress(db: Database, user: SessionUser) {
  const newest = db
    .selectDistinctOn([lessonRevisions.lessonId], {
      lessonId: lessonRevisions.lessonId,
      revisionId: lessonRevisions.id,
      title: lessonRevisions.title,
      createdAt: lessonRevisions.createdAt,
      createdBy: lessonRevisions.createdBy,
    })
    .from(lessonRevisions)
    .orderBy(lessonRevisions.lessonId, desc(lessonRevisions.revision))
    .as("newest");
  return db
    .select({
      lessonId: lessons.id,
      lessonSlug: lessons.slug,
      courseSlug: courses.slug,
      title: newest.title,
      savedAt: newest.createdAt,
      savedBy: sql<string | null>`coalesce(${users.name}, ${users.email})`,
      everPublished: sql<boolean>`${lessons.publishedRevisionId} is not null`,
    })
    .from(newest)
    .innerJoin(lessons, eq(lessons.id, newest.lessonId))
    .innerJoin(courses, eq(courses.id, lessons.courseId))
    .leftJoin(users, eq(users.id, newest.createdBy))
    .where(
      and(
        manageableCourses(db, user),
        sql`${lessons.publishedRevisionId} is distinct from ${newest.revisionId}`,
      ),
    )
    .orderBy(desc(newest.createdAt));
}

/** Published lessons of the caller's courses, by when their published revision was made. */
async function recentlyPublished(db: Database, user: SessionUser) {
  return db
    .select({
      lessonId: lessons.id,
      lessonSlug: lessons.slug,
      courseSlug: courses.slug,
      title: lessonRevisions.title,
      revision: lessonRevisions.revision,
      publishedAt: lessonRevisions.createdAt,
      coursePublished: sql<boolean>`${courses.publishedRevisionId} is not null`,
    })
    .from(lessons)
    .innerJoin(lessonRevisions, eq(lessonRevisions.id, lessons.publishedRevisionId))
    .innerJoin(courses, eq(courses.id, lessons.courseId))
    .where(and(manageableCourses(db, user), isNotNull(lessons.publishedRevisionId)))
    .orderBy(desc(lessonRevisions.createdAt), lessons.slug)
    .limit(RECENTLY_PUBLISHED_LIMIT);
}

/** What the admin app's home page shows the signed-in coach or admin. */
export async function dashboardOverview(db: Database, user: SessionUser) {
  return {
    courses: await myCourses(db, user),
    drafts: await draftsInProgress(db, user),
    recentlyPublished: await recentlyPublished(db, user),
  };
}
