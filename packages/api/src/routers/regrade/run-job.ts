import "server-only";
import { eq, sql } from "drizzle-orm";
import { recordAudit } from "@soleus/auth/audit";
import type { Database, Executor } from "@soleus/auth/db-types";
import { attemptScoreColumns, responseColumns } from "@soleus/db/response-columns";
import { regradeJobs } from "@soleus/db/schema";
import type { AttemptResult } from "@soleus/quiz-engine";
import { completeLessonForLearners } from "../attempts/complete-checked-lesson";
import { decideRegrade } from "./decide";
import { SCORE_SLICE } from "./dry-run";
import {
  bumpResultStamp,
  candidatePage,
  regradeTargetAt,
  yieldToEventLoop,
  type CandidateAttempt,
  type RegradeTarget,
} from "./regrade-source";

/** Attempts per batch: each batch is one transaction (attempts, their responses, history, progress). */
export const REGRADE_BATCH = 500;
/** A runner renews its lease every batch; a lease older than this is taken over by any instance. */
export const LEASE_MS = 30_000;
/** Response rows per statement (one JSON parameter each). */
const RESPONSE_CHUNK = 5000;

type JobRow = typeof regradeJobs.$inferSelect;
type Rewrite = { attempt: CandidateAttempt; result: AttemptResult; changed: boolean };

/**
 * Rewrites the scored response rows of the changed attempts (the columns results aggregate),
 * as one statement per chunk: the rows travel as one JSON parameter (`jsonb_to_recordset`),
 * which PostgreSQL and PGlite both read far faster than thousands of bound parameters.
 */
async function rewriteResponses(tx: Executor, rewrites: Rewrite[], target: RegradeTarget) {
  const byId = new Map(target.quiz.questions.map((q) => [q.id, q]));
  const rows = rewrites.flatMap(({ attempt, result }) => {
    const responses = (attempt.state.responses ?? {}) as Record<string, Record<string, unknown>>;
    const score = attemptScoreColumns(result);
    return result.questions.map((question) => {
      const authored = byId.get(question.questionId);
      const response = responses[question.questionId] ?? null;
      const columns = authored ? responseColumns(authored, response, question) : null;
      return {
        attempt_id: attempt.id,
        question_id: question.questionId,
        earned: question.earned,
        max: question.max,
        state: question.status,
        question_type: columns?.questionType ?? null,
        chosen_options: columns?.chosenOptions ?? null,
        choice_mask: columns?.choiceMask ?? null,
        misconceptions: columns?.misconceptions ?? null,
        objectives: columns?.objectives ?? null,
        answer_text: columns?.answerText ?? null,
        attempt_points: score.attemptPoints,
        attempt_percent: score.attemptPercent,
      };
    });
  });
  for (let i = 0; i < rows.length; i += RESPONSE_CHUNK)
    await tx.execute(sql`
      update attempt_responses as r
      set quiz_revision_id = ${target.revisionId}::uuid, earned = v.earned, max = v.max,
          state = v.state, question_type = v.question_type, chosen_options = v.chosen_options,
          choice_mask = v.choice_mask, misconceptions = v.misconceptions,
          objectives = v.objectives, answer_text = v.answer_text,
          attempt_points = v.attempt_points, attempt_percent = v.attempt_percent
      from jsonb_to_recordset(${JSON.stringify(rows.slice(i, i + RESPONSE_CHUNK))}::jsonb) as v(
        attempt_id uuid, question_id text, earned float8, max float8, state text,
        question_type text, chosen_options text[], choice_mask int, misconceptions text[],
        objectives text[], answer_text text, attempt_points float8, attempt_percent float8)
      where r.attempt_id = v.attempt_id and r.question_id = v.question_id`);
}

/**
 * Responses of attempts whose marks did not change move to the target revision; their copies of
 * the attempt's score follow the attempt's rewritten points (equal within the engine's tolerance,
 * but item analysis ranks by exact equality with the attempt, decision 0049).
 */
async function moveUnchangedResponses(tx: Executor, unchanged: Rewrite[], revisionId: string) {
  if (unchanged.length === 0) return;
  const rows = unchanged.map(({ attempt, result }) => {
    const score = attemptScoreColumns(result);
    return { id: attempt.id, points: score.attemptPoints, percent: score.attemptPercent };
  });
  await tx.execute(sql`
    update attempt_responses as r
    set quiz_revision_id = ${revisionId}::uuid, attempt_points = v.points, attempt_percent = v.percent
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(id uuid, points float8, percent float8)
    where r.attempt_id = v.id`);
}

async function rewriteAttempts(tx: Executor, rewrites: Rewrite[], job: JobRow, now: Date) {
  if (rewrites.length === 0) return;
  await tx.execute(sql`
    insert into attempt_score_history
      (attempt_id, regrade_job_id, quiz_revision_id, points, max_points, percent, passed, result, replaced_at)
    select a.id, ${job.id}::uuid, a.quiz_revision_id, a.points, a.max_points, a.percent, a.passed, a.result,
      ${now.toISOString()}::timestamptz
    from quiz_attempts a where a.id = any(${`{${rewrites.map((r) => r.attempt.id).join(",")}}`}::uuid[])`);
  const rows = rewrites.map(({ attempt, result, changed }) => ({
    id: attempt.id,
    points: result.points,
    max_points: result.maxPoints,
    percent: result.percent,
    passed: result.passed,
    result,
    changed,
  }));
  await tx.execute(sql`
    update quiz_attempts as a
    set points = v.points, max_points = v.max_points, percent = v.percent, passed = v.passed,
        result = v.result, quiz_revision_id = ${job.targetRevisionId}::uuid,
        regraded_at = case when v.changed then ${now.toISOString()}::timestamptz else a.regraded_at end
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      as v(id uuid, points float8, max_points float8, percent float8, passed boolean, result jsonb, changed boolean)
    where a.id = v.id`);
}

/**
 * One batch of a job, in one transaction: lock the job row (a batch another instance is running
 * holds it: skip), score the next attempts with the engine, rewrite those the mode accepts with
 * their previous score kept in history, and advance the cursor and progress. Returns false
 * when there is nothing more to do here.
 */
export async function runRegradeBatch(
  db: Database,
  jobId: string,
  now: () => Date,
  batchSize = REGRADE_BATCH,
) {
  return db.transaction(async (tx) => {
    const [job] = await tx
      .select()
      .from(regradeJobs)
      .where(eq(regradeJobs.id, jobId))
      .for("update", { skipLocked: true });
    if (job?.status !== "running") return false;
    // The job scores onto the revision it was started for, even if the quiz was published again.
    const onto = await regradeTargetAt(tx, job.targetRevisionId);
    const page = await candidatePage(
      tx,
      { quizId: job.quizId, revisionId: job.targetRevisionId },
      job.cursor,
      batchSize,
      { forUpdate: true },
    );
    const at = now();
    const rewrites: Rewrite[] = [];
    let keptBack = 0;
    for (const [index, attempt] of page.entries()) {
      // Other requests run between slices (on PostgreSQL they use other connections meanwhile).
      if (index > 0 && index % SCORE_SLICE === 0) await yieldToEventLoop();
      const decision = decideRegrade(onto.quiz, attempt, job.mode);
      if (decision.action === "keep") keptBack += 1;
      else
        rewrites.push({
          attempt,
          result: decision.outcome.result,
          changed: decision.outcome.changed,
        });
    }
    await rewriteAttempts(tx, rewrites, job, at);
    await rewriteResponses(
      tx,
      rewrites.filter((r) => r.changed),
      onto,
    );
    await moveUnchangedResponses(
      tx,
      rewrites.filter((r) => !r.changed),
      job.targetRevisionId,
    );
    await completeLessonForLearners(
      tx,
      job.quizId,
      rewrites
        .filter(
          ({ attempt, result, changed }) => changed && result.passed && !attempt.stored.passed,
        )
        .map(({ attempt }) => attempt.userId),
      at,
    );
    const finished = page.length < batchSize;
    const changedCount = rewrites.filter((r) => r.changed).length;
    await tx
      .update(regradeJobs)
      .set({
        processed: sql`${regradeJobs.processed} + ${page.length}`,
        changed: sql`${regradeJobs.changed} + ${changedCount}`,
        keptBack: sql`${regradeJobs.keptBack} + ${keptBack}`,
        cursor: page[page.length - 1]?.id ?? job.cursor,
        leaseUntil: new Date(at.getTime() + LEASE_MS),
        ...(finished ? { status: "done" as const, finishedAt: at } : {}),
      })
      .where(eq(regradeJobs.id, job.id));
    if (changedCount > 0) await bumpResultStamp(tx, job.quizId, at);
    if (finished)
      await recordAudit(tx, {
        actorId: job.startedBy,
        action: "attempt.regraded",
        targetType: "quiz",
        targetId: job.quizId,
        details: {
          jobId: job.id,
          revisionId: job.targetRevisionId,
          mode: job.mode,
          processed: job.processed + page.length,
          changed: job.changed + changedCount,
          keptBack: job.keptBack + keptBack,
        },
        at,
      });
    return !finished;
  });
}

const running = new Set<string>();

/**
 * Runs a job's batches until it is done, yielding to the event loop between batches, so the
 * app keeps serving while 100,000 attempts are regraded. One runner per job per process; a
 * failure marks the job failed with its message (batches already committed stay committed).
 */
export async function runRegradeJob(
  db: Database,
  jobId: string,
  now: () => Date,
  batchSize = REGRADE_BATCH,
) {
  if (running.has(jobId)) return;
  running.add(jobId);
  try {
    while (await runRegradeBatch(db, jobId, now, batchSize)) await yieldToEventLoop();
  } catch (error) {
    await db
      .update(regradeJobs)
      .set({
        status: "failed",
        error: error instanceof Error ? error.message.slice(0, 500) : "unknown error",
        finishedAt: now(),
      })
      .where(eq(regradeJobs.id, jobId));
    throw error;
  } finally {
    running.delete(jobId);
  }
}

/** Whether this process is running the job (tests and the progress query use it). */
export const isRunningHere = (jobId: string) => running.has(jobId);
