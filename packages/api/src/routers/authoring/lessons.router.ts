import "server-only";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { saveDraft } from "@soleus/db/authoring";
import type { CourseContent } from "@soleus/db/authoring/content-kinds";
import { lessons } from "@soleus/db/schema";
import { courseProcedure } from "../../trpc/course-procedure";
import { createLessonSchema, saveLessonDraftSchema } from "./authoring.schema";
import { documentProcedures, readOrThrow, saveDocument, settleSave } from "./document-procedures";
import { checkLessonPublish } from "./publish-checks";

/** Lessons in the admin app: drafts with versions, publishing, revisions, restore, source updates. */
export const authoringLessonsRouter = {
  /**
   * A new lesson (empty draft, version 1), appended to the course draft's lesson order. It
   * reaches learners once the lesson AND the course (whose published order lists it) are published.
   */
  create: courseProcedure.input(createLessonSchema).mutation(async ({ ctx, input }) => {
    return ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(lessons)
        .values({ courseId: input.courseId, slug: input.slug, createdAt: ctx.now() })
        .onConflictDoNothing()
        .returning({ id: lessons.id });
      if (!row)
        throw new TRPCError({
          code: "CONFLICT",
          message: "This course already has a lesson with this address. Choose another one.",
        });
      const lesson = await settleSave(
        tx,
        await saveDraft(tx, {
          kind: "lesson",
          documentId: row.id,
          baseVersion: 0,
          content: {
            title: input.title,
            summary: "",
            minutes: 5,
            objectives: [],
            bodyMarkdown: "",
            quizSlug: null,
          },
          userId: ctx.user.id,
          now: ctx.now(),
        }),
      );
      // Appending to the course's order is not a text edit: it moves the course draft on
      // whatever version it is at (an open course editor then reloads the order).
      const course = await readOrThrow(tx, "course", input.courseId, true);
      const current: CourseContent = course.content ?? {
        title: course.row.slug,
        summary: "",
        audience: "",
        minutes: 0,
        objectives: [],
        lessonIds: [],
      };
      const courseSave = await settleSave(
        tx,
        await saveDraft(tx, {
          kind: "course",
          documentId: input.courseId,
          baseVersion: course.version,
          content: { ...current, lessonIds: [...current.lessonIds, row.id] },
          userId: ctx.user.id,
          now: ctx.now(),
        }),
      );
      return { lessonId: row.id, version: lesson.version, courseVersion: courseSave.version };
    });
  }),

  /** Saves the lesson draft; CONFLICT (409) with both versions when `baseVersion` is stale. */
  saveDraft: courseProcedure.input(saveLessonDraftSchema).mutation(({ ctx, input }) =>
    saveDocument(ctx, "lesson", input.lessonId, input.baseVersion, (current) => ({
      title: input.title,
      summary: input.summary,
      minutes: input.minutes,
      objectives: input.objectives,
      bodyMarkdown: input.bodyMarkdown,
      quizSlug: input.quizSlug === undefined ? (current?.quizSlug ?? null) : input.quizSlug,
    })),
  ),

  ...documentProcedures("lesson", checkLessonPublish),
} satisfies TRPCRouterRecord;
