import { randomBytes } from "node:crypto";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Database, Executor } from "@soleus/auth/db-types";
import { courseAccommodations, quizAttempts, users } from "@soleus/db/schema";
import {
  acceptsResponses,
  assembleAttempt,
  attemptSchema,
  type Attempt,
} from "@soleus/quiz-engine";
import { attemptView } from "./attempt-view";
import { withEngineErrors } from "./engine-errors";
import { findPublishedQuiz, loadOwnAttempt } from "./quiz-source";
import { finishAttempt } from "./submit.handler";

/**
 * The learner's extra-time accommodation in a course, or null for the quiz's own limit: the
 * course's accommodation when a coach set one (docs/decisions/0044), else the older account-wide
 * `users.time_multiplier`.
 */
export async function learnerTimeMultiplier(
  tx: Executor,
  userId: string,
  courseId: string,
): Promise<number | null> {
  const [row] = await tx
    .select({
      course: courseAccommodations.timeMultiplier,
      account: users.timeMultiplier,
    })
    .from(users)
    .leftJoin(
      courseAccommodations,
      and(eq(courseAccommodations.userId, users.id), eq(courseAccommodations.courseId, courseId)),
    )
    .where(eq(users.id, userId))
    .limit(1);
  const value = row?.course ?? row?.account ?? null;
  // Guard against a bad stored value: only what the engine accepts (0 < m ≤ 10) changes the limit.
  return value !== null && Number.isFinite(value) && value > 0 && value <= 10 ? value : null;
}

/**
 * Starts (or resumes) the learner's attempt at a published quiz. The server draws and orders
 * the questions from a fresh random seed and stores it; the learner gets the public view only.
 * An open attempt that still accepts answers is resumed; one whose time ran out is scored first.
 */
export async function startAttempt(
  db: Database,
  userId: string,
  address: { course: string; quiz: string },
  now: Date,
) {
  const published = await findPublishedQuiz(db, address.course, address.quiz);
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`soleus-attempt:${userId}:${published.quizId}`}))`,
    );
    const [latest] = await tx
      .select({
        id: quizAttempts.id,
        attemptNumber: quizAttempts.attemptNumber,
        status: quizAttempts.status,
        state: quizAttempts.state,
      })
      .from(quizAttempts)
      .where(and(eq(quizAttempts.userId, userId), eq(quizAttempts.quizId, published.quizId)))
      .orderBy(desc(quizAttempts.attemptNumber))
      .limit(1);
    // A retake must not look like the attempt before it (see docs/decisions/0013-opaque-option-ids.md).
    let previous: Attempt | null = latest
      ? (attemptSchema.safeParse(latest.state).data ?? null)
      : null;
    if (latest?.status === "open") {
      const open = await loadOwnAttempt(tx, userId, latest.id, { forUpdate: true });
      if (acceptsResponses(open.attempt, now.getTime()))
        return attemptView(open.row, open.courseSlug, open.quiz, open.attempt);
      previous = (await finishAttempt(tx, open, now)).attempt;
    }
    const timeMultiplier = await learnerTimeMultiplier(tx, userId, published.courseId);
    const attempt = withEngineErrors(() =>
      assembleAttempt(published.quiz, {
        seed: randomBytes(16).toString("hex"),
        now: now.getTime(),
        attemptNumber: (latest?.attemptNumber ?? 0) + 1,
        differentFrom: previous,
        ...(timeMultiplier === null ? {} : { timeMultiplier }),
      }),
    );
    const [row] = await tx
      .insert(quizAttempts)
      .values({
        userId,
        quizId: published.quizId,
        quizRevisionId: published.revisionId,
        attemptNumber: attempt.attemptNumber,
        seed: attempt.seed,
        state: attempt,
        startedAt: now,
        deadline: attempt.deadline === null ? null : new Date(attempt.deadline),
      })
      .returning();
    if (!row) throw new Error("attempt was not stored");
    return attemptView(row, address.course, published.quiz, attempt);
  });
}
