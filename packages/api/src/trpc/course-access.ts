import { TRPCError } from "@trpc/server";
import { and, eq, exists, or, sql } from "drizzle-orm";
import type { Database } from "@soleus/auth/db-types";
import type { SessionUser } from "@soleus/auth/session";
import { courseCoaches, courses } from "@soleus/db/schema";

export const NOT_YOUR_COURSE = "You can only work on courses you own or are assigned to.";

/** SQL condition on `courses`: the courses this user may manage (undefined for admins: all). */
export function manageableCourses(db: Database, user: SessionUser) {
  if (user.role === "admin") return undefined;
  if (user.role !== "coach") return sql`false`;
  const assignment = db
    .select({ one: courseCoaches.userId })
    .from(courseCoaches)
    .where(and(eq(courseCoaches.courseId, courses.id), eq(courseCoaches.userId, user.id)));
  return or(eq(courses.ownerId, user.id), exists(assignment));
}

/**
 * Admins manage every course; coaches only those they own or are assigned to; everyone else
 * none. A missing course is reported as forbidden too, so ids cannot be probed.
 */
export async function assertCanManageCourse(
  db: Database,
  user: SessionUser,
  courseId: string,
): Promise<void> {
  if (user.role === "admin") {
    const found = await db
      .select({ id: courses.id })
      .from(courses)
      .where(eq(courses.id, courseId))
      .limit(1);
    if (found.length === 0)
      throw new TRPCError({ code: "NOT_FOUND", message: "There is no such course." });
    return;
  }
  if (user.role !== "coach") throw new TRPCError({ code: "FORBIDDEN", message: NOT_YOUR_COURSE });
  const owned = await db
    .select({ id: courses.id })
    .from(courses)
    .where(and(eq(courses.id, courseId), eq(courses.ownerId, user.id)))
    .limit(1);
  if (owned.length > 0) return;
  const assigned = await db
    .select({ courseId: courseCoaches.courseId })
    .from(courseCoaches)
    .where(and(eq(courseCoaches.courseId, courseId), eq(courseCoaches.userId, user.id)))
    .limit(1);
  if (assigned.length === 0) throw new TRPCError({ code: "FORBIDDEN", message: NOT_YOUR_COURSE });
}
