import "server-only";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { recordAudit } from "@soleus/auth/audit";
import { saveDraft, unpublishDocument, workingTitles } from "@soleus/db/authoring";
import type { CourseContent } from "@soleus/db/authoring/content-kinds";
import { contentDrafts, courseCoaches, courses, lessons, quizzes, users } from "@soleus/db/schema";
import { coursePublished } from "../../content/published";
import { manageableCourses } from "../../trpc/course-access";
import { adminCourseProcedure, courseProcedure } from "../../trpc/course-procedure";
import { coachProcedure } from "../../trpc/procedures";
import {
  courseCoachSchema,
  courseRefSchema,
  createCourseSchema,
  listCoursesSchema,
  moveLessonSchema,
  reorderLessonsSchema,
  saveCourseDraftSchema,
} from "./authoring.schema";
import {
  documentProcedures,
  documentView,
  readOrThrow,
  saveDocument,
  settleSave,
} from "./document-procedures";
import { checkCoursePublish } from "./publish-checks";

const EMPTY_COURSE = (title: string): CourseContent => ({
  title,
  summary: "",
  audience: "",
  minutes: 0,
  objectives: [],
  lessonIds: [],
});

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}

/** Courses in the admin app: their drafts, lesson order, coaches, archive and publishing. */
export const authoringCoursesRouter = {
  /** The caller's courses (coaches: owned or assigned; admins: all) with their status. */
  list: coachProcedure.input(listCoursesSchema).query(async ({ ctx, input }) => {
    const rows = await ctx.db
      .select({
        id: courses.id,
        slug: courses.slug,
        ownerId: courses.ownerId,
        archivedAt: courses.archivedAt,
        publishedRevisionId: courses.publishedRevisionId,
        createdAt: courses.createdAt,
      })
      .from(courses)
      .where(
        and(
          manageableCourses(ctx.db, ctx.user),
          input.includeArchived ? undefined : isNull(courses.archivedAt),
        ),
      )
      .orderBy(asc(courses.slug));
    const result = [];
    for (const row of rows) {
      const state = await readOrThrow(ctx.db, "course", row.id);
      result.push({
        id: row.id,
        slug: row.slug,
        title: state.content?.title ?? row.slug,
        status: row.archivedAt
          ? ("archived" as const)
          : row.publishedRevisionId
            ? ("published" as const)
            : ("draft" as const),
        hasUnpublishedChanges: state.draft?.changed ?? false,
        version: state.version,
        updatedAt: state.draft?.updatedAt ?? state.revisions[0]?.createdAt ?? row.createdAt,
        ownerId: row.ownerId,
        lessonCount: state.content?.lessonIds.length ?? 0,
      });
    }
    return result;
  }),

  /** A new, unpublished course owned by the caller, with an empty draft (version 1). */
  create: coachProcedure.input(createCourseSchema).mutation(async ({ ctx, input }) => {
    return ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(courses)
        .values({ slug: input.slug, ownerId: ctx.user.id })
        .onConflictDoNothing()
        .returning({ id: courses.id });
      if (!row)
        throw new TRPCError({
          code: "CONFLICT",
          message: "A course with this address already exists. Choose another one.",
        });
      const saved = await saveDraft(tx, {
        kind: "course",
        documentId: row.id,
        baseVersion: 0,
        content: EMPTY_COURSE(input.title),
        userId: ctx.user.id,
        now: ctx.now(),
      });
      const { version } = await settleSave(tx, saved);
      return { courseId: row.id, version };
    });
  }),

  /** The course's working copy and published revision, its lessons (draft order), quizzes and coaches. */
  get: courseProcedure.input(courseRefSchema).query(async ({ ctx, input }) => {
    const state = await readOrThrow(ctx.db, "course", input.courseId);
    const view = await documentView(ctx.db, state);
    const lessonRows = await ctx.db
      .select({
        id: lessons.id,
        slug: lessons.slug,
        publishedRevisionId: lessons.publishedRevisionId,
      })
      .from(lessons)
      .where(eq(lessons.courseId, input.courseId));
    const drafts = lessonRows.length
      ? await ctx.db
          .select({ documentId: contentDrafts.documentId, content: contentDrafts.content })
          .from(contentDrafts)
          .where(
            and(
              eq(contentDrafts.kind, "lesson"),
              inArray(
                contentDrafts.documentId,
                lessonRows.map((row) => row.id),
              ),
            ),
          )
      : [];
    const lessonTitles = await workingTitles(ctx.db, "lesson", input.courseId);
    const order = state.content?.lessonIds ?? [];
    const publishedOrder = state.published?.content.lessonIds ?? [];
    const lessonEntry = (row: (typeof lessonRows)[number]) => ({
      id: row.id,
      slug: row.slug,
      title: lessonTitles.get(row.id) ?? row.slug,
      published: row.publishedRevisionId !== null,
      inPublishedCourse: publishedOrder.includes(row.id),
      hasDraft: drafts.some((draft) => draft.documentId === row.id),
    });
    const quizRows = await ctx.db
      .select({
        id: quizzes.id,
        slug: quizzes.slug,
        kind: quizzes.kind,
        publishedRevisionId: quizzes.publishedRevisionId,
      })
      .from(quizzes)
      .where(eq(quizzes.courseId, input.courseId))
      .orderBy(asc(quizzes.slug));
    const quizTitles = await workingTitles(ctx.db, "quiz", input.courseId);
    const coaches = await ctx.db
      .select({ id: users.id, name: users.name, email: users.email })
      .from(courseCoaches)
      .innerJoin(users, eq(users.id, courseCoaches.userId))
      .where(eq(courseCoaches.courseId, input.courseId))
      .orderBy(asc(users.name));
    const [course] = await ctx.db
      .select({
        ownerId: courses.ownerId,
        archivedAt: courses.archivedAt,
        visibleToLearners: coursePublished,
      })
      .from(courses)
      .where(eq(courses.id, input.courseId));
    return {
      ...view,
      ownerId: course?.ownerId ?? null,
      archivedAt: course?.archivedAt ?? null,
      visibleToLearners: course?.visibleToLearners === true,
      /** The lessons in the draft's order. */
      lessons: order.flatMap((id) => {
        const row = lessonRows.find((candidate) => candidate.id === id);
        return row ? [lessonEntry(row)] : [];
      }),
      /** Lessons of the course the draft does not list (e.g. removed from the order). */
      unlistedLessons: lessonRows.filter((row) => !order.includes(row.id)).map(lessonEntry),
      quizzes: quizRows.map((row) => ({
        id: row.id,
        slug: row.slug,
        title: quizTitles.get(row.id) ?? row.slug,
        kind: row.kind,
        published: row.publishedRevisionId !== null,
      })),
      coaches,
    };
  }),

  /** Saves the course's texts (the lesson order is kept); CONFLICT when `baseVersion` is stale. */
  saveDraft: courseProcedure.input(saveCourseDraftSchema).mutation(({ ctx, input }) =>
    saveDocument(ctx, "course", input.courseId, input.baseVersion, (current) => ({
      title: input.title,
      summary: input.summary,
      audience: input.audience,
      minutes: input.minutes ?? current?.minutes ?? 0,
      objectives: input.objectives,
      lessonIds: current?.lessonIds ?? [],
    })),
  ),

  /** Sets the draft's lesson order to `lessonIds` (the same lessons, reordered). */
  reorderLessons: courseProcedure.input(reorderLessonsSchema).mutation(({ ctx, input }) =>
    saveDocument(ctx, "course", input.courseId, input.baseVersion, (current) => {
      const lessonIds = current?.lessonIds ?? [];
      if (
        !sameMembers(lessonIds, input.lessonIds) ||
        new Set(input.lessonIds).size !== input.lessonIds.length
      )
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "List every lesson of the course once, in the new order.",
        });
      return { ...(current ?? EMPTY_COURSE("")), lessonIds: input.lessonIds };
    }),
  ),

  /** Moves one lesson up or down in the draft's order (the keyboard- and button-friendly reorder). */
  moveLesson: courseProcedure.input(moveLessonSchema).mutation(({ ctx, input }) =>
    saveDocument(ctx, "course", input.courseId, input.baseVersion, (current) => {
      const lessonIds = [...(current?.lessonIds ?? [])];
      const from = lessonIds.indexOf(input.lessonId);
      const to = input.direction === "up" ? from - 1 : from + 1;
      if (from === -1)
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "That lesson is not in this course's order.",
        });
      if (to < 0 || to >= lessonIds.length)
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: `That lesson is already ${input.direction === "up" ? "first" : "last"}.`,
        });
      [lessonIds[from], lessonIds[to]] = [lessonIds[to] ?? input.lessonId, input.lessonId];
      return { ...(current ?? EMPTY_COURSE("")), lessonIds };
    }),
  ),

  /** Admins: lets a coach work on the course (audited). */
  assignCoach: adminCourseProcedure.input(courseCoachSchema).mutation(async ({ ctx, input }) => {
    return ctx.db.transaction(async (tx) => {
      const [person] = await tx
        .select({ role: users.role, disabledAt: users.disabledAt })
        .from(users)
        .where(eq(users.id, input.userId));
      if (person?.role !== "coach")
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "Only a coach can be assigned to a course.",
        });
      const added = await tx
        .insert(courseCoaches)
        .values({ courseId: input.courseId, userId: input.userId, createdAt: ctx.now() })
        .onConflictDoNothing()
        .returning({ userId: courseCoaches.userId });
      if (added.length > 0)
        await recordAudit(tx, {
          actorId: ctx.user.id,
          action: "course.coach_assigned",
          targetType: "course",
          targetId: input.courseId,
          details: { coachId: input.userId },
          ip: ctx.ip,
          at: ctx.now(),
        });
      return { assigned: true, changed: added.length > 0 };
    });
  }),

  /** Admins: takes a coach off the course (audited). The owner stays the owner. */
  unassignCoach: adminCourseProcedure.input(courseCoachSchema).mutation(async ({ ctx, input }) => {
    return ctx.db.transaction(async (tx) => {
      const removed = await tx
        .delete(courseCoaches)
        .where(
          and(eq(courseCoaches.courseId, input.courseId), eq(courseCoaches.userId, input.userId)),
        )
        .returning({ userId: courseCoaches.userId });
      if (removed.length > 0)
        await recordAudit(tx, {
          actorId: ctx.user.id,
          action: "course.coach_unassigned",
          targetType: "course",
          targetId: input.courseId,
          details: { coachId: input.userId },
          ip: ctx.ip,
          at: ctx.now(),
        });
      return { assigned: false, changed: removed.length > 0 };
    });
  }),

  /** Hides the course from learners and from the default list; nothing is deleted (audited). */
  archive: courseProcedure.input(courseRefSchema).mutation(async ({ ctx, input }) => {
    return ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .update(courses)
        .set({ archivedAt: ctx.now(), archivedBy: ctx.user.id })
        .where(and(eq(courses.id, input.courseId), isNull(courses.archivedAt)))
        .returning({ id: courses.id });
      if (!row) return { archived: true, changed: false };
      await unpublishDocument(tx, {
        kind: "course",
        documentId: input.courseId,
        userId: ctx.user.id,
        now: ctx.now(),
      });
      await recordAudit(tx, {
        actorId: ctx.user.id,
        action: "course.archived",
        targetType: "course",
        targetId: input.courseId,
        ip: ctx.ip,
        at: ctx.now(),
      });
      return { archived: true, changed: true };
    });
  }),

  /** Brings an archived course back as unpublished (publish it again to show it to learners). */
  unarchive: courseProcedure.input(courseRefSchema).mutation(async ({ ctx, input }) => {
    return ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .update(courses)
        .set({ archivedAt: null, archivedBy: null })
        .where(eq(courses.id, input.courseId))
        .returning({ id: courses.id });
      if (row)
        await recordAudit(tx, {
          actorId: ctx.user.id,
          action: "course.unarchived",
          targetType: "course",
          targetId: input.courseId,
          ip: ctx.ip,
          at: ctx.now(),
        });
      return { archived: false };
    });
  }),

  ...(({ get: _get, ...rest }) => rest)(documentProcedures("course", checkCoursePublish)),
} satisfies TRPCRouterRecord;
