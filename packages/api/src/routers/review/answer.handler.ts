import { TRPCError } from "@trpc/server";
import { sql } from "drizzle-orm";
import type { Database } from "@soleus/auth/db-types";
import { reviewLog } from "@soleus/db/schema";
import { responseFromLearner, scoreQuestion } from "@soleus/quiz-engine";
import { withEngineErrors } from "../attempts/engine-errors";
import { loadReviewSchedule } from "./review-items";
import type { ReviewAnswerInput } from "./review.schema";

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

/**
 * Grades one practice answer, at most once per time a question falls due: a question answered
 * in this review is not due again until the schedule says so, and answering it earlier is
 * refused, so guessing through the options until one is right is not possible. The learner's
 * answers are serialised (advisory lock) so two answers sent at once cannot both be graded.
 */
export async function answerReviewItem(
  db: Database,
  userId: string,
  input: ReviewAnswerInput,
  now: Date,
) {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext('soleus-review'), hashtext(${userId}))`,
    );
    const schedule = await loadReviewSchedule(tx, userId, now);
    const entry = schedule.entries.find(
      (candidate) =>
        candidate.course === input.course &&
        candidate.quiz === input.quiz &&
        candidate.question.id === input.questionId,
    );
    if (!entry)
      throw new TRPCError({
        code: "NOT_FOUND",
        message: "This question is not in your review list.",
      });
    if (entry.due > now.getTime()) {
      throw new TRPCError({
        code: "CONFLICT",
        message: `You have already answered this question for now. It comes back for practice on ${dateFormat.format(new Date(entry.due))} (UTC).`,
      });
    }
    const score = withEngineErrors(() =>
      scoreQuestion(
        entry.question,
        responseFromLearner(entry.question, entry.seed, input.response),
      ),
    );
    await tx.insert(reviewLog).values({
      userId,
      quizId: entry.quizId,
      questionId: entry.question.id,
      fraction: score.fraction,
      answeredAt: now,
    });
    const after = await loadReviewSchedule(tx, userId, now);
    const next = after.entries.find(
      (candidate) =>
        candidate.quizId === entry.quizId && candidate.question.id === entry.question.id,
    );
    return {
      questionId: entry.question.id,
      status: score.status,
      fraction: score.fraction,
      feedback: score.feedback,
      explanation: entry.question.explanation,
      section: entry.question.section,
      nextDue: next ? new Date(next.due) : null,
      /** The server's now (the test clock in e2e), so "comes back later today" is counted from it. */
      answeredAt: now,
    };
  });
}
