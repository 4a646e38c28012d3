import type { TRPCRouterRecord } from "@trpc/server";
import { toPublicQuestion } from "@soleus/quiz-engine";
import { learnerProcedure } from "../../trpc/procedures";
import { answerReviewItem } from "./answer.handler";
import { loadReviewSchedule } from "./review-items";
import { reviewAnswerSchema } from "./review.schema";

const QUEUE_SIZE = 20;

/**
 * Practice of missed questions (spaced repetition). Practice never writes attempts or grades;
 * it records each answer in review_log so the schedule moves on, and grades a question once
 * each time it falls due. Only questions the learner already missed in a submitted attempt can
 * be practised, so no key of an unseen quiz leaks.
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
  answer: learnerProcedure
    .input(reviewAnswerSchema)
    .mutation(({ ctx, input }) => answerReviewItem(ctx.db, ctx.user.id, input, ctx.now())),
} satisfies TRPCRouterRecord;
