import { eq, sql } from "drizzle-orm";
import type { Database, Executor } from "@soleus/auth/db-types";
import { attemptScoreColumns, responseColumns } from "@soleus/db/response-columns";
import { attemptResponses, quizAttempts, quizzes, resultStamps } from "@soleus/db/schema";
import { submitAttempt } from "@soleus/quiz-engine";
import { attemptView } from "./attempt-view";
import { reviewStanding } from "./review-standing";
import { completeLessonOfPassedCheck } from "./complete-checked-lesson";
import { withEngineErrors } from "./engine-errors";
import { loadOwnAttempt } from "./quiz-source";

type OwnAttempt = Awaited<ReturnType<typeof loadOwnAttempt>>;

/** Scores an open attempt and stores the score, the result and one row per asked question. */
export async function finishAttempt(tx: Executor, own: OwnAttempt, now: Date) {
  // An attempt that ran out of time counts as submitted when its time (with grace) ended,
  // even when it is only closed later, e.g. when the learner comes back days after.
  const closedBy =
    own.attempt.deadline === null
      ? Infinity
      : own.attempt.deadline + own.attempt.graceSeconds * 1000;
  const submittedAt = Math.max(Math.min(now.getTime(), closedBy), own.attempt.startedAt);
  const { attempt, result } = withEngineErrors(() =>
    submitAttempt(own.quiz, own.attempt, submittedAt),
  );
  const [row] = await tx
    .update(quizAttempts)
    .set({
      status: "submitted",
      state: attempt,
      submittedAt: new Date(submittedAt),
      points: result.points,
      maxPoints: result.maxPoints,
      percent: result.percent,
      passed: result.passed,
      result: result as unknown as Record<string, unknown>,
      courseId: sql`(select ${quizzes.courseId} from ${quizzes} where ${quizzes.id} = ${quizAttempts.quizId})`,
    })
    .where(eq(quizAttempts.id, own.row.id))
    .returning();
  if (!row?.courseId) throw new Error("attempt vanished while submitting");
  const courseId = row.courseId;
  const byId = new Map(own.quiz.questions.map((q) => [q.id, q]));
  const score = attemptScoreColumns(result);
  if (result.questions.length > 0) {
    await tx
      .insert(attemptResponses)
      .values(
        result.questions.map((question) => {
          const authored = byId.get(question.questionId);
          const response = attempt.responses[question.questionId] ?? null;
          return {
            attemptId: own.row.id,
            quizRevisionId: own.row.quizRevisionId,
            questionId: question.questionId,
            response,
            earned: question.earned,
            max: question.max,
            state: question.status,
            updatedAt: new Date(submittedAt),
            quizId: own.row.quizId,
            courseId,
            userId: own.row.userId,
            submittedAt: new Date(submittedAt),
            ...score,
            ...(authored ? responseColumns(authored, response, question) : {}),
          };
        }),
      )
      .onConflictDoUpdate({
        target: [attemptResponses.attemptId, attemptResponses.questionId],
        set: {
          response: sql`excluded.response`,
          earned: sql`excluded.earned`,
          max: sql`excluded.max`,
          state: sql`excluded.state`,
          updatedAt: sql`excluded.updated_at`,
          quizId: sql`excluded.quiz_id`,
          courseId: sql`excluded.course_id`,
          userId: sql`excluded.user_id`,
          submittedAt: sql`excluded.submitted_at`,
          questionType: sql`excluded.question_type`,
          chosenOptions: sql`excluded.chosen_options`,
          choiceMask: sql`excluded.choice_mask`,
          misconceptions: sql`excluded.misconceptions`,
          objectives: sql`excluded.objectives`,
          answerText: sql`excluded.answer_text`,
          attemptPoints: sql`excluded.attempt_points`,
          attemptPercent: sql`excluded.attempt_percent`,
        },
      });
  }
  if (result.passed) await completeLessonOfPassedCheck(tx, row, new Date(submittedAt));
  // Results caches name the sum of these counters: bumping one makes them stale (decision
  // 0032). The shard is this connection's, so concurrent submits (on other connections) bump
  // other rows and never queue on one row lock (decision 0046); last, to hold it briefly.
  await tx
    .insert(resultStamps)
    .values({
      quizId: own.row.quizId,
      shard: sql`pg_backend_pid() % 64`,
      courseId,
      submitted: 1,
      changedAt: new Date(submittedAt),
    })
    .onConflictDoUpdate({
      target: [resultStamps.quizId, resultStamps.shard],
      set: {
        submitted: sql`${resultStamps.submitted} + 1`,
        changedAt: sql`greatest(${resultStamps.changedAt}, excluded.changed_at)`,
      },
    });
  return { row, attempt };
}

/**
 * Submits the learner's own attempt, scoring it inside one transaction with the row locked.
 * Idempotent: submitting an already submitted attempt returns the stored result unchanged.
 */
export async function submitOwnAttempt(db: Database, userId: string, attemptId: string, now: Date) {
  return db.transaction(async (tx) => {
    const own = await loadOwnAttempt(tx, userId, attemptId, { forUpdate: true });
    if (own.row.status === "submitted")
      return attemptView(
        own.row,
        own.courseSlug,
        own.quiz,
        own.attempt,
        await reviewStanding(tx, userId, own.row.quizId),
      );
    const done = await finishAttempt(tx, own, now);
    return attemptView(
      done.row,
      own.courseSlug,
      own.quiz,
      done.attempt,
      await reviewStanding(tx, userId, own.row.quizId),
    );
  });
}
