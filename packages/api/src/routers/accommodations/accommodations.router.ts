import "server-only";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { and, asc, eq, sql } from "drizzle-orm";
import { recordAudit } from "@soleus/auth/audit";
import { courseAccommodations, users } from "@soleus/db/schema";
import { courseProcedure } from "../../trpc/course-procedure";
import {
  listAccommodationsSchema,
  removeAccommodationSchema,
  setAccommodationSchema,
} from "./accommodations.schema";

export const NO_SUCH_LEARNER = "No account has that email address. Check it and try again.";

/**
 * Extra time per learner and course (docs/decisions/0044): the course's coaches and admins set
 * it, every change is audited, and the learner's next timed attempt in the course gets it.
 */
export const accommodationsRouter = {
  /** The course's learners with extra time, by name. */
  list: courseProcedure.input(listAccommodationsSchema).query(async ({ ctx }) => {
    const rows = await ctx.db
      .select({
        userId: courseAccommodations.userId,
        name: users.name,
        email: users.email,
        timeMultiplier: courseAccommodations.timeMultiplier,
        updatedAt: courseAccommodations.updatedAt,
      })
      .from(courseAccommodations)
      .innerJoin(users, eq(users.id, courseAccommodations.userId))
      .where(eq(courseAccommodations.courseId, ctx.courseId))
      .orderBy(asc(sql`coalesce(${users.name}, ${users.email})`));
    return { accommodations: rows };
  }),

  /** Sets (or changes) a learner's extra time in the course. */
  set: courseProcedure.input(setAccommodationSchema).mutation(async ({ ctx, input }) => {
    return ctx.db.transaction(async (tx) => {
      const [learner] = await tx
        .select({ id: users.id, name: users.name, email: users.email })
        .from(users)
        .where(eq(sql`lower(${users.email})`, input.email))
        .limit(1);
      if (!learner) throw new TRPCError({ code: "BAD_REQUEST", message: NO_SUCH_LEARNER });
      const [before] = await tx
        .select({ timeMultiplier: courseAccommodations.timeMultiplier })
        .from(courseAccommodations)
        .where(
          and(
            eq(courseAccommodations.courseId, ctx.courseId),
            eq(courseAccommodations.userId, learner.id),
          ),
        )
        .for("update");
      const now = ctx.now();
      await tx
        .insert(courseAccommodations)
        .values({
          courseId: ctx.courseId,
          userId: learner.id,
          timeMultiplier: input.timeMultiplier,
          setBy: ctx.user.id,
          updatedAt: now,
        })
        .onConflictDoUpdate({
          target: [courseAccommodations.courseId, courseAccommodations.userId],
          set: { timeMultiplier: input.timeMultiplier, setBy: ctx.user.id, updatedAt: now },
        });
      await recordAudit(tx, {
        actorId: ctx.user.id,
        action: "accommodation.set",
        targetType: "user",
        targetId: learner.id,
        details: {
          courseId: ctx.courseId,
          timeMultiplier: input.timeMultiplier,
          previous: before?.timeMultiplier ?? null,
        },
        ip: ctx.ip,
        at: now,
      });
      return {
        userId: learner.id,
        name: learner.name,
        email: learner.email,
        timeMultiplier: input.timeMultiplier,
      };
    });
  }),

  /** Removes a learner's extra time in the course (their next attempt has the quiz's own limit). */
  remove: courseProcedure.input(removeAccommodationSchema).mutation(async ({ ctx, input }) => {
    return ctx.db.transaction(async (tx) => {
      const [removed] = await tx
        .delete(courseAccommodations)
        .where(
          and(
            eq(courseAccommodations.courseId, ctx.courseId),
            eq(courseAccommodations.userId, input.userId),
          ),
        )
        .returning({ timeMultiplier: courseAccommodations.timeMultiplier });
      if (!removed)
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "That learner has no extra time in this course.",
        });
      await recordAudit(tx, {
        actorId: ctx.user.id,
        action: "accommodation.removed",
        targetType: "user",
        targetId: input.userId,
        details: { courseId: ctx.courseId, previous: removed.timeMultiplier },
        ip: ctx.ip,
        at: ctx.now(),
      });
      return { removed: true };
    });
  }),
} satisfies TRPCRouterRecord;
