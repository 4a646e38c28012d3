import "server-only";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { saveDraft } from "@soleus/db/authoring";
import { quizzes } from "@soleus/db/schema";
import { quizSettingsSchema } from "@soleus/quiz-engine/schema";
import { courseProcedure } from "../../trpc/course-procedure";
import { createQuizSchema, saveQuizDraftSchema } from "./authoring.schema";
import { documentProcedures, saveDocument, settleSave } from "./document-procedures";
import { checkQuizPublish } from "./publish-checks";

/**
 * Quizzes in the admin app: the same draft/save/publish mechanism as lessons and courses
 * (documentProcedures), so authoring II adds a question editor on top without a second one.
 */
export const authoringQuizzesRouter = {
  /** A new quiz of the course (empty draft, version 1; default settings, no questions yet). */
  create: courseProcedure.input(createQuizSchema).mutation(async ({ ctx, input }) => {
    return ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(quizzes)
        .values({
          courseId: input.courseId,
          slug: input.slug,
          kind: input.kind,
          createdAt: ctx.now(),
        })
        .onConflictDoNothing()
        .returning({ id: quizzes.id });
      if (!row)
        throw new TRPCError({
          code: "CONFLICT",
          message: "This course already has a quiz with this address. Choose another one.",
        });
      const saved = await settleSave(
        tx,
        await saveDraft(tx, {
          kind: "quiz",
          documentId: row.id,
          baseVersion: 0,
          content: {
            title: input.title,
            passPercent: 70,
            settings: quizSettingsSchema.parse({}),
            questions: [],
          },
          userId: ctx.user.id,
          now: ctx.now(),
        }),
      );
      return { quizId: row.id, version: saved.version };
    });
  }),

  /** Saves the quiz draft (questions with their keys); CONFLICT when `baseVersion` is stale. */
  saveDraft: courseProcedure.input(saveQuizDraftSchema).mutation(({ ctx, input }) =>
    saveDocument(ctx, "quiz", input.quizId, input.baseVersion, () => ({
      title: input.title,
      passPercent: input.passPercent,
      settings: input.settings,
      questions: input.questions,
    })),
  ),

  ...documentProcedures("quiz", checkQuizPublish),
} satisfies TRPCRouterRecord;
