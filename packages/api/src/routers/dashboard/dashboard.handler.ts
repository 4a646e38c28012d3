import { and, desc, eq, sql } from "drizzle-orm";
import type { Database } from "@soleus/auth/db-types";
import type { SessionUser } from "@soleus/auth/session";
import {
  contentDrafts,
  contentPublications,
  courseRevisions,
  courses,
  lessonRevisions,
  lessons,
  users,
} from "@soleus/db/schema";
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
 * Lessons of the caller's courses with a working draft that differs from what is published (or
 * that was never published): work saved in the editor and not yet published, newest first.
 */
async function draftsInProgress(db: Database, user: SessionUser) {
  return db
    .select({
      lessonId: lessons.id,
      lessonSlug: lessons.slug,
      courseId: courses.id,
      courseSlug: courses.slug,
      title: sql<string>`coalesce(${contentDrafts.content}->>'title', ${lessons.slug})`,
      savedAt: contentDrafts.updatedAt,
      savedBy: sql<string | null>`coalesce(${users.name}, ${users.email})`,
      everPublished: sql<boolean>`${lessons.publishedRevisionId} is not null`,
    })
    .from(contentDrafts)
    .innerJoin(lessons, eq(lessons.id, contentDrafts.documentId))
    .innerJoin(courses, eq(courses.id, lessons.courseId))
    .leftJoin(lessonRevisions, eq(lessonRevisions.id, lessons.publishedRevisionId))
    .leftJoin(users, eq(users.id, contentDrafts.updatedBy))
    .where(
      and(
        eq(contentDrafts.kind, "lesson"),
        manageableCourses(db, user),
        sql`${lessonRevisions.contentHash} is distinct from ${contentDrafts.contentHash}`,
      ),
    )
    .orderBy(desc(contentDrafts.updatedAt));
}

/** The newest publications of lessons of the caller's courses (who published what, and when). */
async function recentlyPublished(db: Database, user: SessionUser) {
  return db
    .select({
      lessonId: lessons.id,
      lessonSlug: lessons.slug,
      courseId: courses.id,
      courseSlug: courses.slug,
      title: lessonRevisions.title,
      revision: lessonRevisions.revision,
      publishedAt: contentPublications.at,
      coursePublished: sql<boolean>`${courses.publishedRevisionId} is not null`,
    })
    .from(contentPublications)
    .innerJoin(lessons, eq(lessons.id, contentPublications.documentId))
    .innerJoin(courses, eq(courses.id, lessons.courseId))
    .innerJoin(lessonRevisions, eq(lessonRevisions.id, contentPublications.revisionId))
    .where(
      and(
        eq(contentPublications.kind, "lesson"),
        eq(contentPublications.action, "publish"),
        manageableCourses(db, user),
      ),
    )
    .orderBy(desc(contentPublications.at))
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
