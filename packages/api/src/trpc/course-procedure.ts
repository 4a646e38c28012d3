import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@soleus/auth/db-types";
import type { SessionUser } from "@soleus/auth/session";
import { lessons, quizzes } from "@soleus/db/schema";
import { assertCanManageCourse, NOT_YOUR_COURSE } from "./course-access";
import { t } from "./init";
import { adminProcedure, coachProcedure } from "./procedures";

/** The ids a course-scoped input may carry; the course is found from whichever is given. */
const courseTargetSchema = z.object({
  courseId: z.uuid("That is not a valid course id.").optional(),
  lessonId: z.uuid("That is not a valid lesson id.").optional(),
  quizId: z.uuid("That is not a valid quiz id.").optional(),
});

async function courseOfTarget(
  db: Database,
  target: z.infer<typeof courseTargetSchema>,
): Promise<string | null> {
  if (target.courseId) return target.courseId;
  if (target.lessonId) {
    const [row] = await db
      .select({ courseId: lessons.courseId })
      .from(lessons)
      .where(eq(lessons.id, target.lessonId));
    return row?.courseId ?? null;
  }
  if (target.quizId) {
    const [row] = await db
      .select({ courseId: quizzes.courseId })
      .from(quizzes)
      .where(eq(quizzes.id, target.quizId));
    return row?.courseId ?? null;
  }
  return null;
}

/**
 * The course access rule, applied once for every procedure built on it: the course comes from
 * the input's `courseId`, or from the course of its `lessonId` or `quizId`. Admins reach every
 * course, coaches those they own or are assigned to. Something that does not exist answers like
 * something the caller may not touch (coaches: FORBIDDEN; admins, who may touch everything:
 * NOT_FOUND), so ids cannot be probed. Handlers get `ctx.courseId`.
 */
const courseAccess = t.middleware(async ({ ctx, next, getRawInput }) => {
  const user = (ctx as typeof ctx & { user?: SessionUser }).user;
  if (!user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in to do this." });
  const parsed = courseTargetSchema.safeParse(await getRawInput());
  if (!parsed.success)
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "That is not a valid id.",
      cause: parsed.error,
    });
  const courseId = await courseOfTarget(ctx.db, parsed.data);
  if (!courseId) {
    if (user.role === "admin")
      throw new TRPCError({ code: "NOT_FOUND", message: "There is no such content." });
    throw new TRPCError({ code: "FORBIDDEN", message: NOT_YOUR_COURSE });
  }
  await assertCanManageCourse(ctx.db, user, courseId);
  return next({ ctx: { ...ctx, user, courseId } });
});

/** Coaches (their courses) and admins (all): every authoring procedure is one of these. */
export const courseProcedure = coachProcedure.use(courseAccess);
/** Admins only, on an existing course (e.g. assigning coaches). */
export const adminCourseProcedure = adminProcedure.use(courseAccess);
