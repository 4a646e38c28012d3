import "server-only";
import { eq } from "drizzle-orm";
import type { Database, Executor } from "@soleus/auth/db-types";
import { regradeDryRuns } from "@soleus/db/schema";
import type { Quiz } from "@soleus/quiz-engine";
import { decideRegrade } from "./decide";
import {
  candidatePage,
  learnersByIds,
  regradeTargetAt,
  yieldToEventLoop,
  type CandidateAttempt,
} from "./regrade-source";

/** Attempts scored per batch (one short transaction each). */
export const DRY_RUN_BATCH = 1000;
/** Rows of the dry run's table kept and sent to the browser (the counts always cover every attempt). */
export const DRY_RUN_ROW_LIMIT = 2000;
/** A runner renews its lease every batch; a lease older than this is taken over by any instance. */
export const DRY_RUN_LEASE_MS = 30_000;

interface ScoreView {
  points: number;
  maxPoints: number;
  percent: number;
  passed: boolean;
}

/** One changed attempt as the dry run stores it (the learner's name is read when shown). */
export interface StoredDryRunRow {
  attemptId: string;
  userId: string;
  attemptNumber: number;
  submittedAt: string | null;
  before: ScoreView;
  after: ScoreView;
  passFlip: "none" | "now_passes" | "now_fails";
  /** Whether "only raise scores" would apply this change (a lower score is kept). */
  raises: boolean;
  changedQuestions: string[];
}

export interface DryRunRow extends Omit<StoredDryRunRow, "userId" | "submittedAt"> {
  learner: string;
  email: string;
  submittedAt: Date | null;
}

/** The counts a dry run sums batch by batch. */
export interface DryRunSummary {
  examined: number;
  changed: number;
  raised: number;
  lowered: number;
  nowPass: number;
  nowFail: number;
  unchanged: number;
  incompatible: number;
  firstIncompatibleReason: string | null;
  perQuestion: Record<string, { changed: number; raised: number; lowered: number }>;
}

export const emptySummary = (): DryRunSummary => ({
  examined: 0,
  changed: 0,
  raised: 0,
  lowered: 0,
  nowPass: 0,
  nowFail: 0,
  unchanged: 0,
  incompatible: 0,
  firstIncompatibleReason: null,
  perQuestion: {},
});

const scoreOf = (s: ScoreView): ScoreView => ({
  points: s.points,
  maxPoints: s.maxPoints,
  percent: s.percent,
  passed: s.passed,
});

/** Attempts scored between two yields to the event loop: other requests never wait long. */
export const SCORE_SLICE = 25;

/**
 * Scores a page of attempts with the engine against the corrected quiz and adds what would
 * change to `summary` and (while there is room) to `rows`, yielding to the event loop every
 * few attempts. Reads and writes nothing else.
 */
export async function scoreDryRunPage(
  quiz: Quiz,
  page: readonly CandidateAttempt[],
  summary: DryRunSummary,
  rows: StoredDryRunRow[],
) {
  for (const [index, attempt] of page.entries()) {
    if (index > 0 && index % SCORE_SLICE === 0) await yieldToEventLoop();
    summary.examined += 1;
    const decision = decideRegrade(quiz, attempt, "all");
    const outcome = decision.action === "rewrite" ? decision.outcome : null;
    if (!outcome) {
      summary.incompatible += 1;
      summary.firstIncompatibleReason ??=
        decision.action === "keep" ? (decision.reason ?? null) : null;
      continue;
    }
    if (!outcome.changed) {
      summary.unchanged += 1;
      continue;
    }
    summary.changed += 1;
    const raises = outcome.result.percent >= attempt.stored.percent - 1e-9;
    if (outcome.result.percent > attempt.stored.percent + 1e-9) summary.raised += 1;
    if (!raises) summary.lowered += 1;
    if (outcome.passFlip === "now_passes") summary.nowPass += 1;
    if (outcome.passFlip === "now_fails") summary.nowFail += 1;
    const before = new Map(attempt.stored.questions.map((q) => [q.questionId, q.earned]));
    for (const question of outcome.result.questions) {
      if (!outcome.changedQuestions.includes(question.questionId)) continue;
      const entry = (summary.perQuestion[question.questionId] ??= {
        changed: 0,
        raised: 0,
        lowered: 0,
      });
      entry.changed += 1;
      const old = before.get(question.questionId) ?? 0;
      if (question.earned > old + 1e-9) entry.raised += 1;
      if (question.earned < old - 1e-9) entry.lowered += 1;
    }
    if (rows.length < DRY_RUN_ROW_LIMIT)
      rows.push({
        attemptId: attempt.id,
        userId: attempt.userId,
        attemptNumber: attempt.attemptNumber,
        submittedAt: attempt.submittedAt?.toISOString() ?? null,
        before: scoreOf(attempt.stored),
        after: scoreOf(outcome.result),
        passFlip: outcome.passFlip,
        raises,
        changedQuestions: outcome.changedQuestions,
      });
  }
}

/**
 * One batch of a dry run: read the next attempts after the cursor and score them (outside any
 * transaction, yielding to the event loop), then store the sums, the new rows and the progress
 * in one short transaction that locks the dry run's row and checks that no other runner moved
 * it meanwhile (then this batch's work is dropped). Writes nothing but the dry run's own row.
 * Returns false when it is done (or gone).
 */
export async function runDryRunBatch(
  db: Database,
  dryRunId: string,
  now: () => Date,
  batchSize = DRY_RUN_BATCH,
) {
  const [run] = await db.select().from(regradeDryRuns).where(eq(regradeDryRuns.id, dryRunId));
  if (run?.status !== "running") return false;
  // Scored onto the revision it was started for; if the quiz was published since, the page
  // says so and offers a new dry run instead of the apply step.
  const onto = await regradeTargetAt(db, run.targetRevisionId);
  const page = await candidatePage(
    db,
    { quizId: run.quizId, revisionId: run.targetRevisionId },
    run.cursor,
    batchSize,
  );
  const summary = { ...emptySummary(), ...(run.summary as Partial<DryRunSummary>) };
  const rows = [...(run.rows as StoredDryRunRow[])];
  const rowsBefore = rows.length;
  await scoreDryRunPage(onto.quiz, page, summary, rows);
  const finished = page.length < batchSize;
  return db.transaction(async (tx) => {
    const [locked] = await tx
      .select({
        status: regradeDryRuns.status,
        cursor: regradeDryRuns.cursor,
        processed: regradeDryRuns.processed,
      })
      .from(regradeDryRuns)
      .where(eq(regradeDryRuns.id, run.id))
      .for("update", { skipLocked: true });
    // Another runner holds it or already stored this batch: read again (or stop when it is done).
    if (!locked) return true;
    if (locked.status !== "running") return false;
    if (locked.cursor !== run.cursor || locked.processed !== run.processed) return true;
    const at = now();
    await tx
      .update(regradeDryRuns)
      .set({
        processed: run.processed + page.length,
        summary,
        // The table stops growing at its limit: most batches leave it as it is.
        ...(rows.length > rowsBefore ? { rows } : {}),
        cursor: page[page.length - 1]?.id ?? run.cursor,
        leaseUntil: new Date(at.getTime() + DRY_RUN_LEASE_MS),
        ...(finished ? { status: "done" as const, finishedAt: at } : {}),
      })
      .where(eq(regradeDryRuns.id, run.id));
    return !finished;
  });
}

const running = new Set<string>();

/**
 * Runs a dry run's batches until it is done, yielding to the event loop between them. One
 * runner per dry run per process; a failure is stored on the dry run with its message.
 */
export async function runDryRun(
  db: Database,
  dryRunId: string,
  now: () => Date,
  batchSize = DRY_RUN_BATCH,
) {
  if (running.has(dryRunId)) return;
  running.add(dryRunId);
  try {
    while (await runDryRunBatch(db, dryRunId, now, batchSize)) await yieldToEventLoop();
  } catch (error) {
    await db
      .update(regradeDryRuns)
      .set({
        status: "failed",
        error: error instanceof Error ? error.message.slice(0, 500) : "unknown error",
        finishedAt: now(),
      })
      .where(eq(regradeDryRuns.id, dryRunId));
    throw error;
  } finally {
    running.delete(dryRunId);
  }
}

/** Whether this process is running the dry run (the progress query restarts abandoned ones). */
export const isDryRunRunningHere = (dryRunId: string) => running.has(dryRunId);

type DryRunRecord = typeof regradeDryRuns.$inferSelect;

/**
 * A finished dry run as the page shows it: the counts, marks changed per question in the
 * quiz's order, and the first changed attempts with their learners' current names.
 */
export async function dryRunResult(db: Executor, run: DryRunRecord) {
  const target = await regradeTargetAt(db, run.targetRevisionId);
  const summary = { ...emptySummary(), ...(run.summary as Partial<DryRunSummary>) };
  const stored = run.rows as StoredDryRunRow[];
  const learners = await learnersByIds(
    db,
    stored.map((r) => r.userId),
  );
  const order = new Map(target.quiz.questions.map((q, i) => [q.id, i]));
  return {
    quizId: run.quizId,
    targetRevisionId: target.revisionId,
    targetRevisionNumber: target.revisionNumber,
    title: target.title,
    examined: summary.examined,
    changed: summary.changed,
    raised: summary.raised,
    lowered: summary.lowered,
    nowPass: summary.nowPass,
    nowFail: summary.nowFail,
    unchanged: summary.unchanged,
    incompatible: summary.incompatible,
    firstIncompatibleReason: summary.firstIncompatibleReason,
    perQuestion: Object.entries(summary.perQuestion)
      .sort(([a], [b]) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
      .map(([questionId, counts]) => ({ questionId, ...counts })),
    rows: stored.map(({ userId, submittedAt, ...row }): DryRunRow => {
      const learner = learners.get(userId);
      return {
        ...row,
        submittedAt: submittedAt === null ? null : new Date(submittedAt),
        learner: learner?.name ?? learner?.email ?? "",
        email: learner?.email ?? "",
      };
    }),
    rowsTruncated: summary.changed > stored.length,
  };
}
export type DryRun = Awaited<ReturnType<typeof dryRunResult>>;
