import "server-only";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { and, desc, eq } from "drizzle-orm";
import { recordAudit } from "@soleus/auth/audit";
import { regradeJobs } from "@soleus/db/schema";
import { courseProcedure } from "../../trpc/course-procedure";
import { dryRunRegrade } from "./dry-run";
import { countScoredElsewhere, regradeTarget } from "./regrade-source";
import { applyRegradeSchema, regradeProgressSchema, regradeQuizSchema } from "./regrade.schema";
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
 * Regrading a quiz's attempts onto its published revision (docs/decisions/0043): what would
 * change (dry run), applying it as a batched job, and the job's progress from the database.
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
    };
  }),

  /** Every attempt whose score would change, before anything changes. Reads only. */
  dryRun: courseProcedure
    .input(regradeQuizSchema)
    .query(({ ctx, input }) => dryRunRegrade(ctx.db, input.quizId)),

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
    const stale = job.leaseUntil === null || job.leaseUntil.getTime() < ctx.now().getTime();
    if (job.status === "running" && stale && !isRunningHere(job.id)) startRunner(ctx, job.id);
    return jobView(job);
  }),
} satisfies TRPCRouterRecord;
