import "server-only";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { saveDraft } from "@soleus/db/authoring";
import type { QuizContent } from "@soleus/db/authoring/content-kinds";
import { quizAttempts, quizzes } from "@soleus/db/schema";
import type { Executor } from "@soleus/auth/db-types";
import { and, count, eq, ne } from "drizzle-orm";
import { quizSettingsSchema } from "@soleus/quiz-engine/schema";
import { courseProcedure } from "../../trpc/course-procedure";
import { createQuizSchema, saveQuizDraftSchema } from "./authoring.schema";
import { documentProcedures, saveDocument, settleSave } from "./document-procedures";
import { checkQuizPublish } from "./publish-checks";

/** How many submitted attempts were taken on another revision than `revisionId` (a regrade may be due). */
async function attemptsOnEarlierRevisions(db: Executor, quizId: string, revisionId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(quizAttempts)
    .where(
      and(
        eq(quizAttempts.quizId, quizId),
        ne(quizAttempts.quizRevisionId, revisionId),
        eq(quizAttempts.status, "submitted"),
      ),
    );
  return { attemptsOnEarlierRevisions: row?.n ?? 0 };
}

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
      // Checked against the engine's shapes by saveQuizDraftSchema; possibly incomplete.
      settings: input.settings as QuizContent["settings"],
      questions: input.questions as QuizContent["questions"],
    })),
  ),

  ...documentProcedures("quiz", checkQuizPublish, attemptsOnEarlierRevisions),
} satisfies TRPCRouterRecord;
