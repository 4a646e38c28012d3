import type { TRPCRouterRecord } from "@trpc/server";
import { and, desc, eq } from "drizzle-orm";
import { courses, quizAttempts, quizRevisions, quizzes } from "@soleus/db/schema";
import { learnerProcedure } from "../../trpc/procedures";
import { attemptView } from "./attempt-view";
import {
  attemptIdSchema,
  historySchema,
  quizAddressSchema,
  saveResponseSchema,
  visitSchema,
} from "./attempts.schema";
import { aboutQuiz } from "./about.handler";
import { loadOwnAttempt } from "./quiz-source";
import { reviewStanding } from "./review-standing";
import { visitOwnQuestion } from "./visit.handler";
import { checkOwnAnswer } from "./check.handler";
import { saveResponse } from "./save-response.handler";
import { startAttempt } from "./start.handler";
import { submitOwnAttempt } from "./submit.handler";

/** Quiz attempts: every procedure acts on the caller's own attempts only. */
export const attemptsRouter = {
  start: learnerProcedure
    .input(quizAddressSchema)
    .mutation(({ ctx, input }) => startAttempt(ctx.db, ctx.user.id, input, ctx.now())),
  /** A quiz's facts for its start page: questions, pass mark, time limit, attempts left. */
  about: learnerProcedure
    .input(quizAddressSchema)
    .query(({ ctx, input }) => aboutQuiz(ctx.db, ctx.user.id, input)),
  get: learnerProcedure.input(attemptIdSchema).query(async ({ ctx, input }) => {
    const own = await loadOwnAttempt(ctx.db, ctx.user.id, input.attemptId);
    const standing =
      own.row.status === "submitted"
        ? await reviewStanding(ctx.db, ctx.user.id, own.row.quizId)
        : null;
    return attemptView(own.row, own.courseSlug, own.quiz, own.attempt, standing);
  }),
  /** The learner moved to a question: remember it, so the attempt resumes there on any device. */
  visit: learnerProcedure
    .input(visitSchema)
    .mutation(({ ctx, input }) => visitOwnQuestion(ctx.db, ctx.user.id, input, ctx.now())),
  saveResponse: learnerProcedure
    .input(saveResponseSchema)
    .mutation(({ ctx, input }) => saveResponse(ctx.db, ctx.user.id, input, ctx.now())),
  check: learnerProcedure
    .input(saveResponseSchema)
    .mutation(({ ctx, input }) => checkOwnAnswer(ctx.db, ctx.user.id, input, ctx.now())),
  submit: learnerProcedure
    .input(attemptIdSchema)
    .mutation(({ ctx, input }) =>
      submitOwnAttempt(ctx.db, ctx.user.id, input.attemptId, ctx.now()),
    ),
  history: learnerProcedure.input(historySchema).query(({ ctx, input }) =>
    ctx.db
      .select({
        attemptId: quizAttempts.id,
        quizSlug: quizzes.slug,
        title: quizRevisions.title,
        attemptNumber: quizAttempts.attemptNumber,
        status: quizAttempts.status,
        percent: quizAttempts.percent,
        passed: quizAttempts.passed,
        startedAt: quizAttempts.startedAt,
        submittedAt: quizAttempts.submittedAt,
      })
      .from(quizAttempts)
      .innerJoin(quizzes, eq(quizzes.id, quizAttempts.quizId))
      .innerJoin(courses, eq(courses.id, quizzes.courseId))
      .innerJoin(quizRevisions, eq(quizRevisions.id, quizAttempts.quizRevisionId))
      .where(
        and(
          eq(quizAttempts.userId, ctx.user.id),
          eq(courses.slug, input.course),
          input.quiz ? eq(quizzes.slug, input.quiz) : undefined,
        ),
      )
      .orderBy(desc(quizAttempts.startedAt))
      .limit(100),
  ),
} satisfies TRPCRouterRecord;
