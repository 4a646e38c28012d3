import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { reviewLog } from "@soleus/db/schema";
import { responseFromLearner, scoreQuestion, toPublicQuestion } from "@soleus/quiz-engine";
import { learnerProcedure } from "../../trpc/procedures";
import { withEngineErrors } from "../attempts/engine-errors";
import { loadReviewSchedule } from "./review-items";
import { reviewAnswerSchema } from "./review.schema";

const QUEUE_SIZE = 20;

/**
 * Practice of missed questions (spaced repetition). Practice never writes attempts or grades;
 * it records each answer in review_log so the schedule moves on. Only questions the learner
 * already missed in a submitted attempt can be practised, so no key of an unseen quiz leaks.
 */
export const reviewRouter = {
  queue: learnerProcedure.query(async ({ ctx }) => {
    const now = ctx.now();
    const schedule = await loadReviewSchedule(ctx.db, ctx.user.id, now);
    const later = schedule.entries.filter((entry) => entry.due > now.getTime());
    return {
      dueCount: schedule.due.length,
      due: schedule.due.slice(0, QUEUE_SIZE).map((entry) => ({
        course: entry.course,
        quiz: entry.quiz,
        quizTitle: entry.quizTitle,
        due: new Date(entry.due),
        lapses: entry.lapses,
        // A fresh layout and fresh opaque ids per lapse, from a seed the learner never sees.
        question: toPublicQuestion(entry.question, { seed: entry.seed, shuffleOptions: true }),
      })),
      upcomingCount: later.length,
      nextDue: later[0] ? new Date(later[0].due) : null,
    };
  }),
  answer: learnerProcedure.input(reviewAnswerSchema).mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    const schedule = await loadReviewSchedule(ctx.db, ctx.user.id, now);
    const entry = schedule.entries.find((candidate) => candidate.course === input.course && candidate.quiz === input.quiz && candidate.question.id === input.questionId);
    if (!entry) throw new TRPCError({ code: "NOT_FOUND", message: "This question is not in your review list." });
    const score = withEngineErrors(() => scoreQuestion(entry.question, responseFromLearner(entry.question, entry.seed, input.response)));
    await ctx.db.insert(reviewLog).values({ userId: ctx.user.id, quizId: entry.quizId, questionId: entry.question.id, fraction: score.fraction, answeredAt: now });
    const after = await loadReviewSchedule(ctx.db, ctx.user.id, now);
    const next = after.entries.find((candidate) => candidate.quizId === entry.quizId && candidate.question.id === entry.question.id);
    return {
      questionId: entry.question.id,
      status: score.status,
      fraction: score.fraction,
      feedback: score.feedback,
      explanation: entry.question.explanation,
      section: entry.question.section,
      nextDue: next ? new Date(next.due) : null,
    };
  }),
} satisfies TRPCRouterRecord;
