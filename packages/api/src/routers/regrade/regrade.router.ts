import "server-only";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { and, desc, eq } from "drizzle-orm";
import { recordAudit } from "@soleus/auth/audit";
import { regradeDryRuns, regradeJobs } from "@soleus/db/schema";
import { courseProcedure } from "../../trpc/course-procedure";
import { dryRunResult, emptySummary, isDryRunRunningHere, runDryRun, type DryRun } from "./dry-run";
import { countScoredElsewhere, regradeTarget } from "./regrade-source";
import {
  applyRegradeSchema,
  dryRunProgressSchema,
  regradeProgressSchema,
  regradeQuizSchema,
} from "./regrade.schema";
import { isRunningHere, runRegradeJob } from "./run-job";

export const PUBLISHED_SINCE =
  "The quiz was published again since this dry run. Run the dry run again before applying.";
export const ALREADY_RUNNING = "A regrade of this quiz is already running. Wait for it to finish.";

type JobRow = typeof regradeJobs.$inferSelect;
const jobView = (job: JobRow) => ({
  jobId: job.id,
  mode: job.mode,
  status: job.status,
  targetRevisionId: job.targetRevisionId,
  total: job.total,
  processed: job.processed,
  changed: job.changed,
  keptBack: job.keptBack,
  error: job.error,
  startedAt: job.startedAt,
  finishedAt: job.finishedAt,
});

type DryRunRecord = typeof regradeDryRuns.$inferSelect;
const dryRunView = (run: DryRunRecord, publishedRevisionId: string) => ({
  dryRunId: run.id,
  status: run.status,
  targetRevisionId: run.targetRevisionId,
  /** The quiz was published again since: the result no longer describes a regrade onto it. */
  stale: run.targetRevisionId !== publishedRevisionId,
  total: run.total,
  processed: run.processed,
  error: run.error,
  startedAt: run.startedAt,
  finishedAt: run.finishedAt,
});

const leaseExpired = (leaseUntil: Date | null, now: Date) =>
  leaseUntil === null || leaseUntil.getTime() < now.getTime();

/** Starts a dry run's runner in the background; a failure is stored on the dry run. */
function startDryRunner(ctx: { db: Parameters<typeof runDryRun>[0]; now: () => Date }, id: string) {
  runDryRun(ctx.db, id, ctx.now).catch((error: unknown) => {
    console.error("regrade dry run failed", id, error);
  });
}

/** Starts the job's runner in the background; a failure is stored on the job, not thrown here. */
function startRunner(
  ctx: { db: Parameters<typeof runRegradeJob>[0]; now: () => Date },
  id: string,
) {
  runRegradeJob(ctx.db, id, ctx.now).catch((error: unknown) => {
    console.error("regrade failed", id, error);
  });
}

/**
 * Regrading a quiz's attempts onto its published revision (docs/decisions/0043, 0048): what
 * would change (a dry run, itself a batched job), applying it as a batched job, and both jobs'
 * progress from the database.
 */
export const regradeRouter = {
  /** The published revision, how many attempts were scored on earlier ones, and the latest job. */
  status: courseProcedure.input(regradeQuizSchema).query(async ({ ctx, input }) => {
    const target = await regradeTarget(ctx.db, input.quizId);
    const [latest] = await ctx.db
      .select()
      .from(regradeJobs)
      .where(eq(regradeJobs.quizId, input.quizId))
      .orderBy(desc(regradeJobs.startedAt))
      .limit(1);
    const [dryRun] = await ctx.db
      .select()
      .from(regradeDryRuns)
      .where(eq(regradeDryRuns.quizId, input.quizId));
    return {
      title: target.title,
      targetRevisionId: target.revisionId,
      targetRevisionNumber: target.revisionNumber,
      attemptsOnEarlierRevisions: await countScoredElsewhere(
        ctx.db,
        input.quizId,
        target.revisionId,
      ),
      latestJob: latest ? jobView(latest) : null,
      /** The quiz's kept dry run (one per quiz), so a reloaded page shows it again. */
      latestDryRun: dryRun ? dryRunView(dryRun, target.revisionId) : null,
    };
  }),

  /**
   * Starts a dry run: every attempt whose score would change, before anything changes, scored
   * in batches by a background runner (progress with `dryRunProgress`). It replaces the quiz's
   * previous dry run; one already running onto the same revision is returned instead.
   */
  startDryRun: courseProcedure.input(regradeQuizSchema).mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    const { run, fresh, publishedRevisionId } = await ctx.db.transaction(async (tx) => {
      const target = await regradeTarget(tx, input.quizId);
      const [existing] = await tx
        .select()
        .from(regradeDryRuns)
        .where(eq(regradeDryRuns.quizId, input.quizId))
        .for("update");
      if (
        existing?.status === "running" &&
        existing.targetRevisionId === target.revisionId &&
        !leaseExpired(existing.leaseUntil, now)
      )
        return { run: existing, fresh: false, publishedRevisionId: target.revisionId };
      if (existing) await tx.delete(regradeDryRuns).where(eq(regradeDryRuns.id, existing.id));
      const [created] = await tx
        .insert(regradeDryRuns)
        .values({
          quizId: input.quizId,
          targetRevisionId: target.revisionId,
          total: await countScoredElsewhere(tx, input.quizId, target.revisionId),
          summary: emptySummary() as unknown as Record<string, unknown>,
          rows: [],
          startedBy: ctx.user.id,
          startedAt: now,
          // The runner starts right after this commits; the lease covers until its first batch.
          leaseUntil: new Date(now.getTime() + 30_000),
        })
        .returning();
      if (!created) throw new Error("the dry run was not stored");
      return { run: created, fresh: true, publishedRevisionId: target.revisionId };
    });
    if (fresh) startDryRunner(ctx, run.id);
    return dryRunView(run, publishedRevisionId);
  }),

  /**
   * A dry run's progress, as stored (any instance can answer), with its result once done. A
   * running dry run whose runner stopped renewing its lease (its instance went away) is resumed.
   */
  dryRunProgress: courseProcedure.input(dryRunProgressSchema).query(async ({ ctx, input }) => {
    const target = await regradeTarget(ctx.db, input.quizId);
    const [run] = await ctx.db
      .select()
      .from(regradeDryRuns)
      .where(and(eq(regradeDryRuns.id, input.dryRunId), eq(regradeDryRuns.quizId, input.quizId)));
    if (!run)
      throw new TRPCError({
        code: "NOT_FOUND",
        message: "There is no such dry run (a newer one replaced it). Run the dry run again.",
      });
    if (
      run.status === "running" &&
      leaseExpired(run.leaseUntil, ctx.now()) &&
      !isDryRunRunningHere(run.id)
    )
      startDryRunner(ctx, run.id);
    const result: DryRun | null = run.status === "done" ? await dryRunResult(ctx.db, run) : null;
    return { ...dryRunView(run, target.revisionId), result };
  }),

  /** Starts (applies) the regrade the dry run described; progress is read with `progress`. */
  start: courseProcedure.input(applyRegradeSchema).mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    const job = await ctx.db.transaction(async (tx) => {
      const target = await regradeTarget(tx, input.quizId);
      if (target.revisionId !== input.targetRevisionId)
        throw new TRPCError({ code: "CONFLICT", message: PUBLISHED_SINCE });
      const [running] = await tx
        .select({ id: regradeJobs.id })
        .from(regradeJobs)
        .where(and(eq(regradeJobs.quizId, input.quizId), eq(regradeJobs.status, "running")))
        .for("update");
      if (running) throw new TRPCError({ code: "CONFLICT", message: ALREADY_RUNNING });
      const total = await countScoredElsewhere(tx, input.quizId, target.revisionId);
      const [created] = await tx
        .insert(regradeJobs)
        .values({
          quizId: input.quizId,
          targetRevisionId: target.revisionId,
          mode: input.mode,
          total,
          startedBy: ctx.user.id,
          startedAt: now,
          leaseUntil: now,
        })
        .onConflictDoNothing()
        .returning();
      if (!created) throw new TRPCError({ code: "CONFLICT", message: ALREADY_RUNNING });
      await recordAudit(tx, {
        actorId: ctx.user.id,
        action: "regrade.started",
        targetType: "quiz",
        targetId: input.quizId,
        details: { jobId: created.id, revisionId: target.revisionId, mode: input.mode, total },
        ip: ctx.ip,
        at: now,
      });
      return created;
    });
    startRunner(ctx, job.id);
    return jobView(job);
  }),

  /**
   * A job's progress, as stored (any instance can answer). A running job whose runner stopped
   * renewing its lease (its instance went away) is picked up here.
   */
  progress: courseProcedure.input(regradeProgressSchema).query(async ({ ctx, input }) => {
    const [job] = await ctx.db
      .select()
      .from(regradeJobs)
      .where(and(eq(regradeJobs.id, input.jobId), eq(regradeJobs.quizId, input.quizId)));
    if (!job) throw new TRPCError({ code: "NOT_FOUND", message: "There is no such regrade." });
    if (
      job.status === "running" &&
      leaseExpired(job.leaseUntil, ctx.now()) &&
      !isRunningHere(job.id)
    )
      startRunner(ctx, job.id);
    return jobView(job);
  }),
} satisfies TRPCRouterRecord;
