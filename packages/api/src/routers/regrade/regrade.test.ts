import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  attemptResponses,
  attemptScoreHistory,
  auditLog,
  quizAttempts,
  quizRevisions,
  quizzes,
  regradeDryRuns,
  regradeJobs,
  resultStamps,
} from "@soleus/db/schema";
import { rejection } from "../../testing/rejection";
import {
  addRegradeQuiz,
  expectedScore,
  publishKeyCorrection,
  takeRegradeQuiz,
  type RegradeAnswers,
} from "../../testing/regrade-fixtures";
import { COURSE, createWorld, type World } from "../../testing/world";
import { runDryRunBatch } from "./dry-run";
import { runRegradeBatch } from "./run-job";

const SLUG = "regrade-me";
/** One learner per kind of change: lowered and now failing, raised, raised and now passing, … */
const LEARNERS: RegradeAnswers[] = [
  { keyMoves: "Alpha", stays: "Xray" }, // 100% → 33%: fails now
  { keyMoves: "Bravo", stays: "Xray" }, // 50% → 100%
  { keyMoves: "Bravo", stays: "Yankee" }, // 0% → 67%: passes now
  { keyMoves: "Charlie", stays: "Xray" }, // 50% → 33%: fails now
  { keyMoves: "Charlie", stays: "Yankee" }, // 0/2 → 0/3: same percent, more points possible
];

let world: World;
let quizId: string;
let targetRevisionId: string;
const attempts: { attemptId: string; answers: RegradeAnswers; caller: LearnerCaller }[] = [];
type LearnerCaller = Awaited<ReturnType<World["callerFor"]>>;

beforeAll(async () => {
  world = await createWorld();
  quizId = (await addRegradeQuiz(world, SLUG)).id;
  for (const answers of LEARNERS) {
    const { caller } = await world.newLearner();
    attempts.push({
      attemptId: await takeRegradeQuiz(caller, COURSE, SLUG, answers),
      answers,
      caller,
    });
  }
  targetRevisionId = await publishKeyCorrection(world, quizId);
}, 240_000);
afterAll(async () => {
  await world.database.destroy();
});

async function waitForJob(jobId: string) {
  const coach = await world.adminCallerFor("coach");
  for (let i = 0; i < 200; i += 1) {
    const progress = await coach.regrade.progress({ quizId, jobId });
    if (progress.status !== "running") return progress;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("the regrade did not finish");
}

type AdminCaller = Awaited<ReturnType<World["adminCallerFor"]>>;

/** Starts a dry run and waits for its runner; returns its last progress (with the result). */
async function dryRunOf(caller: AdminCaller, quiz = quizId) {
  const started = await caller.regrade.startDryRun({ quizId: quiz });
  for (let i = 0; i < 200; i += 1) {
    const progress = await caller.regrade.dryRunProgress({
      quizId: quiz,
      dryRunId: started.dryRunId,
    });
    if (progress.status !== "running") return progress;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("the dry run did not finish");
}

/** The dry run's result, once it is done. */
async function dryRunResultOf(caller: AdminCaller, quiz = quizId) {
  const done = await dryRunOf(caller, quiz);
  if (done.status !== "done" || !done.result) throw new Error(`dry run ${done.status}`);
  return done.result;
}

async function storedScore(attemptId: string) {
  const [row] = await world.db
    .select({
      points: quizAttempts.points,
      maxPoints: quizAttempts.maxPoints,
      percent: quizAttempts.percent,
      passed: quizAttempts.passed,
      revision: quizAttempts.quizRevisionId,
    })
    .from(quizAttempts)
    .where(eq(quizAttempts.id, attemptId));
  if (!row) throw new Error("no attempt");
  return row;
}

/**
 * Response rows of the quiz whose copy of their attempt's score is not, to the last bit, the
 * attempt's points and the percent item analysis ranks the attempt by (decision 0049).
 */
async function responsesWithStaleScore(quiz: string) {
  const rows = await world.db.execute<{ attempt_id: string; question_id: string }>(sql`
    select r.attempt_id, r.question_id from attempt_responses r join quiz_attempts a on a.id = r.attempt_id
    where a.quiz_id = ${quiz}::uuid and a.status = 'submitted'
      and (r.attempt_points is distinct from coalesce(a.points, 0)
        or r.attempt_percent is distinct from coalesce(100 * a.points / nullif(a.max_points, 0), 0))`);
  return rows.rows;
}

const historyCount = async () => (await world.db.select().from(attemptScoreHistory)).length;

describe("regrade with a dry run", () => {
  it("submitted responses carry their attempt's score, as item analysis ranks it", async () => {
    const rows = await world.db
      .select({ points: attemptResponses.attemptPoints })
      .from(attemptResponses)
      .innerJoin(quizAttempts, eq(quizAttempts.id, attemptResponses.attemptId))
      .where(eq(quizAttempts.quizId, quizId));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.points !== null)).toBe(true);
    expect(await responsesWithStaleScore(quizId)).toEqual([]);
  });

  it("refuses a coach of another course and learners, on every regrade procedure", async () => {
    const other = await world.adminCallerFor("otherCoach");
    expect((await rejection(other.regrade.startDryRun({ quizId }))).code).toBe("FORBIDDEN");
    expect(
      (await rejection(other.regrade.dryRunProgress({ quizId, dryRunId: crypto.randomUUID() })))
        .code,
    ).toBe("FORBIDDEN");
    expect(
      (await rejection(other.regrade.start({ quizId, targetRevisionId, mode: "all" }))).code,
    ).toBe("FORBIDDEN");
    const learner = await world.adminCallerFor("learner");
    expect((await rejection(learner.regrade.status({ quizId }))).code).toBe("FORBIDDEN");
    expect(
      await world.db
        .select()
        .from(quizAttempts)
        .where(eq(quizAttempts.quizRevisionId, targetRevisionId)),
    ).toEqual([]);
    expect(await world.db.select().from(regradeDryRuns)).toEqual([]);
  });

  it("lists every attempt whose score would change, as scored by hand, and changes nothing", async () => {
    const coach = await world.adminCallerFor("coach");
    const status = await coach.regrade.status({ quizId });
    expect(status).toMatchObject({
      targetRevisionId,
      attemptsOnEarlierRevisions: 5,
      latestJob: null,
      latestDryRun: null,
    });
    const dry = await dryRunResultOf(coach);
    expect(dry.examined).toBe(5);
    expect(dry.changed).toBe(5);
    expect(dry.incompatible).toBe(0);
    for (const { attemptId, answers } of attempts) {
      const row = dry.rows.find((r) => r.attemptId === attemptId);
      const before = expectedScore(answers, 1);
      const after = expectedScore(answers, 2);
      expect(row?.before.points).toBeCloseTo(before.points, 9);
      expect(row?.before.passed).toBe(before.passed);
      expect(row?.after.points).toBeCloseTo(after.points, 9);
      expect(row?.after.maxPoints).toBe(after.maxPoints);
      expect(row?.after.percent).toBeCloseTo(after.percent, 9);
      expect(row?.after.passed).toBe(after.passed);
      expect(row?.passFlip).toBe(
        before.passed === after.passed ? "none" : after.passed ? "now_passes" : "now_fails",
      );
      expect(row?.raises).toBe(after.percent >= before.percent);
    }
    expect(dry.nowFail).toBe(2);
    expect(dry.nowPass).toBe(1);
    expect(dry.lowered).toBe(2);
    expect(dry.perQuestion).toEqual([
      { questionId: "key-moves", changed: 5, raised: 2, lowered: 1 },
    ]);
    // Nothing changed: still scored on revision 1, no history.
    for (const { attemptId, answers } of attempts)
      expect((await storedScore(attemptId)).points).toBeCloseTo(
        expectedScore(answers, 1).points,
        9,
      );
    expect(await historyCount()).toBe(0);
  });

  it("refuses an apply for a revision that is no longer the published one", async () => {
    const coach = await world.adminCallerFor("coach");
    const refused = await rejection(
      coach.regrade.start({ quizId, targetRevisionId: crypto.randomUUID(), mode: "all" }),
    );
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toMatch(/published again/);
  });

  it("only raise scores: raises, keeps lower scores, keeps history, audits, learners see the note", async () => {
    const coach = await world.adminCallerFor("coach");
    const job = await coach.regrade.start({ quizId, targetRevisionId, mode: "raise_only" });
    expect(job.total).toBe(5);
    const done = await waitForJob(job.jobId);
    expect(done).toMatchObject({ status: "done", processed: 5, changed: 3, keptBack: 2 });
    for (const { attemptId, answers, caller } of attempts) {
      const before = expectedScore(answers, 1);
      const after = expectedScore(answers, 2);
      const raises = after.percent >= before.percent;
      const stored = await storedScore(attemptId);
      expect(stored.percent).toBeCloseTo(raises ? after.percent : before.percent, 9);
      expect(stored.revision === targetRevisionId).toBe(raises);
      const view = await caller.attempts.get({ attemptId });
      expect(view.result?.percent).toBeCloseTo(raises ? after.percent : before.percent, 9);
      expect(view.correctedAt !== null).toBe(raises);
    }
    const history = await world.db.select().from(attemptScoreHistory);
    expect(history).toHaveLength(3);
    for (const entry of history) {
      const taken = attempts.find((a) => a.attemptId === entry.attemptId);
      if (!taken) throw new Error("history of an unknown attempt");
      expect(entry.points).toBeCloseTo(expectedScore(taken.answers, 1).points, 9);
    }
    // The response rows results aggregate were rewritten too.
    const raised = attempts[2];
    if (!raised) throw new Error("no third attempt");
    const [response] = await world.db
      .select()
      .from(attemptResponses)
      .where(
        and(
          eq(attemptResponses.attemptId, raised.attemptId),
          eq(attemptResponses.questionId, "key-moves"),
        ),
      );
    expect(response).toMatchObject({
      earned: 2,
      max: 2,
      state: "correct",
      quizRevisionId: targetRevisionId,
    });
    const audits = await world.db.select().from(auditLog).where(eq(auditLog.targetId, quizId));
    expect(audits.map((a) => a.action).sort()).toEqual(["attempt.regraded", "regrade.started"]);
    expect(audits.find((a) => a.action === "attempt.regraded")?.details).toMatchObject({
      changed: 3,
      keptBack: 2,
    });
  });

  it("a second regrade of the same change changes nothing", async () => {
    const coach = await world.adminCallerFor("coach");
    const snapshot = await Promise.all(attempts.map((a) => storedScore(a.attemptId)));
    const job = await coach.regrade.start({ quizId, targetRevisionId, mode: "raise_only" });
    expect(job.total).toBe(2);
    expect(await waitForJob(job.jobId)).toMatchObject({ status: "done", changed: 0, keptBack: 2 });
    expect(await Promise.all(attempts.map((a) => storedScore(a.attemptId)))).toEqual(snapshot);
    expect(await historyCount()).toBe(3);
  });

  it("regrade all lowers the rest; then there is nothing left to regrade", async () => {
    const coach = await world.adminCallerFor("coach");
    const job = await coach.regrade.start({ quizId, targetRevisionId, mode: "all" });
    expect(await waitForJob(job.jobId)).toMatchObject({ status: "done", changed: 2, keptBack: 0 });
    for (const { attemptId, answers } of attempts)
      expect((await storedScore(attemptId)).percent).toBeCloseTo(
        expectedScore(answers, 2).percent,
        9,
      );
    expect(await historyCount()).toBe(5);
    // Changed and unchanged attempts alike: their responses carry the rewritten score.
    expect(await responsesWithStaleScore(quizId)).toEqual([]);
    const dry = await dryRunResultOf(coach);
    expect(dry).toMatchObject({ examined: 0, changed: 0, rows: [] });
    const again = await coach.regrade.start({ quizId, targetRevisionId, mode: "all" });
    expect(await waitForJob(again.jobId)).toMatchObject({
      status: "done",
      processed: 0,
      changed: 0,
    });
    expect(await historyCount()).toBe(5);
  });

  it("a dry run goes in batches any caller can follow, is kept for the apply step, and goes stale when the quiz is published again", async () => {
    const slug = "regrade-dry-batches";
    const quiz = (await addRegradeQuiz(world, slug)).id;
    for (const a of LEARNERS) {
      const { caller } = await world.newLearner();
      await takeRegradeQuiz(caller, COURSE, slug, a);
    }
    const revision = await publishKeyCorrection(world, quiz);
    // The row as `startDryRun` writes it, without its background runner: batches of 2 by hand.
    const [run] = await world.db
      .insert(regradeDryRuns)
      .values({
        quizId: quiz,
        targetRevisionId: revision,
        total: LEARNERS.length,
        summary: {},
        rows: [],
        startedAt: new Date(),
        leaseUntil: new Date(Date.now() + 600_000),
      })
      .returning();
    if (!run) throw new Error("no dry run");
    const coach = await world.adminCallerFor("coach");
    const admin = await world.adminCallerFor("admin");
    // Starting again while it runs onto the same revision follows that one (no second runner).
    expect((await coach.regrade.startDryRun({ quizId: quiz })).dryRunId).toBe(run.id);
    const seen: unknown[] = [];
    while (await runDryRunBatch(world.db, run.id, () => new Date(), 2)) {
      const progress = await admin.regrade.dryRunProgress({ quizId: quiz, dryRunId: run.id });
      seen.push([progress.status, progress.processed, progress.result]);
    }
    expect(seen).toEqual([
      ["running", 2, null],
      ["running", 4, null],
    ]);
    const done = await coach.regrade.dryRunProgress({ quizId: quiz, dryRunId: run.id });
    expect(done).toMatchObject({ status: "done", processed: 5, total: 5, stale: false });
    expect(done.result).toMatchObject({
      examined: 5,
      changed: 5,
      nowFail: 2,
      nowPass: 1,
      lowered: 2,
      incompatible: 0,
      perQuestion: [{ questionId: "key-moves", changed: 5, raised: 2, lowered: 1 }],
      rowsTruncated: false,
    });
    const byPercent = (values: number[]) => values.map((v) => v.toFixed(6)).sort();
    expect(byPercent(done.result?.rows.map((r) => r.after.percent) ?? [])).toEqual(
      byPercent(LEARNERS.map((a) => expectedScore(a, 2).percent)),
    );
    expect(byPercent(done.result?.rows.map((r) => r.before.percent) ?? [])).toEqual(
      byPercent(LEARNERS.map((a) => expectedScore(a, 1).percent)),
    );
    // Kept for the apply step: a reloaded page finds it; nothing was regraded.
    expect((await coach.regrade.status({ quizId: quiz })).latestDryRun).toMatchObject({
      dryRunId: run.id,
      status: "done",
      stale: false,
    });
    expect(
      await world.db.select().from(quizAttempts).where(eq(quizAttempts.quizRevisionId, revision)),
    ).toEqual([]);

    // Running it again replaces it: one dry run per quiz is kept.
    const again = await dryRunResultOf(coach, quiz);
    expect(again).toMatchObject({ examined: 5, changed: 5 });
    const kept = await world.db
      .select()
      .from(regradeDryRuns)
      .where(eq(regradeDryRuns.quizId, quiz));
    expect(kept.map((k) => k.id === run.id)).toEqual([false]);

    // Published again since: the kept dry run is stale and its revision cannot be applied.
    const [source] = await world.db
      .select()
      .from(quizRevisions)
      .where(eq(quizRevisions.id, revision));
    if (!source) throw new Error("no revision");
    const [third] = await world.db
      .insert(quizRevisions)
      .values({ ...source, id: undefined, revision: 3, contentHash: `${source.contentHash}-3` })
      .returning();
    if (!third) throw new Error("no third revision");
    await world.db
      .update(quizzes)
      .set({ publishedRevisionId: third.id })
      .where(eq(quizzes.id, quiz));
    const status = await coach.regrade.status({ quizId: quiz });
    expect(status.latestDryRun).toMatchObject({
      status: "done",
      stale: true,
      targetRevisionId: revision,
    });
    const refused = await rejection(
      coach.regrade.start({ quizId: quiz, targetRevisionId: revision, mode: "all" }),
    );
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toMatch(/published again/);
  });

  it("walks many attempts in small batches, each committing its progress; results caches go stale", async () => {
    const slug = "regrade-batches";
    const batchQuiz = (await addRegradeQuiz(world, slug)).id;
    for (const a of LEARNERS.slice(0, 3)) {
      const { caller } = await world.newLearner();
      await takeRegradeQuiz(caller, COURSE, slug, a);
      await takeRegradeQuiz(caller, COURSE, slug, a);
    }
    const revision = await publishKeyCorrection(world, batchQuiz);
    const stampBefore = await stampOf(batchQuiz);
    // The job row as `start` writes it, without its background runner: batches of 2 by hand.
    const [job] = await world.db
      .insert(regradeJobs)
      .values({
        quizId: batchQuiz,
        targetRevisionId: revision,
        mode: "all",
        total: 6,
        startedAt: new Date(),
      })
      .returning();
    if (!job) throw new Error("no job");
    const admin = await world.adminCallerFor("admin");
    const seen: number[] = [];
    while (await runRegradeBatch(world.db, job.id, () => new Date(), 2))
      seen.push((await admin.regrade.progress({ quizId: batchQuiz, jobId: job.id })).processed);
    expect(seen).toEqual([2, 4, 6]);
    expect(await admin.regrade.progress({ quizId: batchQuiz, jobId: job.id })).toMatchObject({
      status: "done",
      processed: 6,
      changed: 6,
    });
    const moved = await world.db
      .select()
      .from(quizAttempts)
      .where(and(eq(quizAttempts.quizId, batchQuiz), eq(quizAttempts.quizRevisionId, revision)));
    expect(moved).toHaveLength(6);
    expect(await stampOf(batchQuiz)).not.toEqual(stampBefore);
  });
});

async function stampOf(quiz: string) {
  const [row] = await world.db.select().from(resultStamps).where(eq(resultStamps.quizId, quiz));
  return row?.changedAt.getTime();
}
