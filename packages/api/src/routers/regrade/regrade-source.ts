import "server-only";
import { TRPCError } from "@trpc/server";
import { and, asc, count, eq, gt, inArray, ne, sql } from "drizzle-orm";
import type { Executor } from "@soleus/auth/db-types";
import { quizAttempts, quizRevisions, quizzes, users } from "@soleus/db/schema";
import type { Quiz, StoredScore } from "@soleus/quiz-engine";
import { quizOfRevision } from "../attempts/quiz-source";

export const NOT_PUBLISHED = "This quiz is not published, so there is nothing to regrade onto.";

/** The quiz's published revision, as the engine's quiz: what a regrade scores attempts with. */
export async function regradeTarget(db: Executor, quizId: string) {
  const [row] = await db
    .select({ slug: quizzes.slug, courseId: quizzes.courseId, revision: quizRevisions })
    .from(quizzes)
    .innerJoin(quizRevisions, eq(quizRevisions.id, quizzes.publishedRevisionId))
    .where(eq(quizzes.id, quizId))
    .limit(1);
  if (!row) throw new TRPCError({ code: "BAD_REQUEST", message: NOT_PUBLISHED });
  const quiz: Quiz = quizOfRevision(row.slug, row.revision);
  return {
    quizId,
    courseId: row.courseId,
    revisionId: row.revision.id,
    revisionNumber: row.revision.revision,
    title: row.revision.title,
    quiz,
  };
}
export type RegradeTarget = Awaited<ReturnType<typeof regradeTarget>>;

/** One revision of a quiz (published or not any more), as the engine's quiz. */
export async function regradeTargetAt(db: Executor, revisionId: string): Promise<RegradeTarget> {
  const [row] = await db
    .select({ slug: quizzes.slug, courseId: quizzes.courseId, revision: quizRevisions })
    .from(quizRevisions)
    .innerJoin(quizzes, eq(quizzes.id, quizRevisions.quizId))
    .where(eq(quizRevisions.id, revisionId))
    .limit(1);
  if (!row) throw new Error("the regrade's revision is gone");
  return {
    quizId: row.revision.quizId,
    courseId: row.courseId,
    revisionId: row.revision.id,
    revisionNumber: row.revision.revision,
    title: row.revision.title,
    quiz: quizOfRevision(row.slug, row.revision),
  };
}

/** Submitted attempts of the quiz scored on another revision than `revisionId`. */
export function scoredElsewhere(quizId: string, revisionId: string) {
  return and(
    eq(quizAttempts.quizId, quizId),
    eq(quizAttempts.status, "submitted"),
    ne(quizAttempts.quizRevisionId, revisionId),
  );
}

/** How many attempts a regrade onto `revisionId` would look at. */
export async function countScoredElsewhere(db: Executor, quizId: string, revisionId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(quizAttempts)
    .where(scoredElsewhere(quizId, revisionId));
  return row?.n ?? 0;
}

/** One stored attempt as a regrade reads it. */
export interface CandidateAttempt {
  id: string;
  userId: string;
  attemptNumber: number;
  submittedAt: Date | null;
  quizRevisionId: string;
  state: Record<string, unknown>;
  stored: StoredScore;
}

/**
 * The stored marks per question, as `[questionId, earned, max]` triples built in SQL: a regrade
 * compares with these only, so the whole stored result (~19 KB of JSON with feedback, sections
 * and objectives) never travels to Node nor is parsed there (decision 0048).
 */
const storedMarks = sql<[string, number, number][] | null>`(
  select jsonb_agg(jsonb_build_array(q->'questionId', q->'earned', q->'max'))
  from jsonb_array_elements(${quizAttempts.result}->'questions') as q)`;

/**
 * The next `limit` attempts after `cursor` (id order) scored elsewhere; optionally locked,
 * so a batch that rewrites them holds them until it commits.
 */
export async function candidatePage(
  db: Executor,
  target: { quizId: string; revisionId: string },
  cursor: string | null,
  limit: number,
  options: { forUpdate?: boolean } = {},
): Promise<CandidateAttempt[]> {
  const query = db
    .select({
      id: quizAttempts.id,
      userId: quizAttempts.userId,
      attemptNumber: quizAttempts.attemptNumber,
      submittedAt: quizAttempts.submittedAt,
      quizRevisionId: quizAttempts.quizRevisionId,
      state: quizAttempts.state,
      points: quizAttempts.points,
      maxPoints: quizAttempts.maxPoints,
      percent: quizAttempts.percent,
      passed: quizAttempts.passed,
      marks: storedMarks,
    })
    .from(quizAttempts)
    .where(
      and(
        scoredElsewhere(target.quizId, target.revisionId),
        cursor === null ? undefined : gt(quizAttempts.id, cursor),
      ),
    )
    .orderBy(asc(quizAttempts.id))
    .limit(limit);
  const rows = options.forUpdate ? await query.for("update") : await query;
  return rows.map((row) => ({
    id: row.id,
    userId: row.userId,
    attemptNumber: row.attemptNumber,
    submittedAt: row.submittedAt,
    quizRevisionId: row.quizRevisionId,
    state: row.state,
    stored: {
      points: row.points ?? 0,
      maxPoints: row.maxPoints ?? 0,
      percent: row.percent ?? 0,
      passed: row.passed ?? false,
      questions: (row.marks ?? []).map(([questionId, earned, max]) => ({
        questionId,
        earned,
        max,
      })),
    },
  }));
}

/** Names and emails of some learners, in one query (the dry run's table shows them). */
export async function learnersByIds(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, { name: string | null; email: string }>();
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(inArray(users.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, { name: r.name, email: r.email }]));
}

/** Lets other requests run between two batches (the event loop is never held for long). */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Stamps only grow: a regrade makes every cached results view of the quiz stale (decision 0032). */
export async function bumpResultStamp(tx: Executor, quizId: string, at: Date) {
  await tx.execute(sql`
    update result_stamps
    set changed_at = greatest(changed_at + interval '1 millisecond', ${at.toISOString()}::timestamptz)
    where quiz_id = ${quizId}::uuid`);
}
