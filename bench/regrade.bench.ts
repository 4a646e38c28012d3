/**
 * Regrade at scale (issue 13): dry run and apply over 100,000 submitted attempts on PostgreSQL.
 * `BENCH_PG_URL=postgres://postgres@127.0.0.1:5432/postgres pnpm --filter @soleus/bench exec tsx
 * --conditions=react-server regrade.bench.ts [attempts]`. It creates (and drops) its own database,
 * seeds the built-in course, and writes real attempt rows at the final quiz: each attempt is
 * assembled, answered and scored by the quiz engine (the answers of the ability model the
 * results generator uses), inserted with multi-row `unnest` statements instead of the generator's
 * slower per-learner loop. Then revision 2 moves one key and doubles one question's points, and
 * the regrade runs through the admin API as a coach's browser drives it. Meanwhile a probe calls
 * a cheap procedure every 50 ms: its latency shows whether the app stays responsive.
 */
import { writeFileSync } from "node:fs";
import os from "node:os";
import { createAdminCaller, createApiContext } from "@soleus/api";
import { createSession, readSession } from "@soleus/auth/session";
import { createTestUser } from "@soleus/auth/testing/fixtures";
import { connectDatabase } from "@soleus/db/client";
import { migrateDatabase } from "@soleus/db/migrate";
import { responseColumns } from "@soleus/db/response-columns";
import { seedDatabase } from "@soleus/db/seed";
import { syntheticResponse } from "@soleus/db/synthetic-answers";
import { assembleAttempt, createSeededRandom, parseQuiz, submitAttempt } from "@soleus/quiz-engine";

const server = process.env.BENCH_PG_URL;
if (!server) {
  console.log(
    "regrade bench skipped: set BENCH_PG_URL to a PostgreSQL server (it makes its own database)",
  );
  process.exit(0);
}
/** Time spent per statement (its first words), summed over every client: where the time goes. */
const traced = new Map<string, { n: number; ms: number }>();
const ATTEMPTS = Number(process.argv[2] ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** BENCH_DB names a database to keep (and reuse when it already has the attempts): for profiling. */
const kept = process.env.BENCH_DB;
const name = kept ?? `${process.env.BENCH_DB_PREFIX ?? "regrade_bench"}_${Date.now()}`;
const adminHandle = connectDatabase(server, { maxConnections: 1 });
const admin = adminHandle.pool;
const exists =
  kept !== undefined &&
  (await admin.query("select 1 from pg_database where datname = $1", [kept])).rowCount === 1;
if (!exists) await admin.query(`create database "${name}"`);
const url = new URL(server);
url.pathname = `/${name}`;
await migrateDatabase(url.toString());
if (!exists) await seedDatabase(url.toString());

const handle = connectDatabase(url.toString(), {
  maxConnections: 8,
  statementTimeoutMs: 600_000,
  // A batch transaction waits while the engine builds the next batch (see insertBatch).
  idleInTransactionMs: 600_000,
});
const { db, pool } = handle;
if (process.env.BENCH_TRACE) {
  const client = await pool.connect();
  traceQueries(Object.getPrototypeOf(client) as { query: (...args: unknown[]) => unknown });
  client.release();
}

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const pct = (values: number[], p: number) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0;
};
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" / ");

// The final quiz's published revision: the one learners took.
const found = await pool.query<{
  quiz_id: string;
  course_id: string;
  slug: string;
  revision: {
    id: string;
    title: string;
    pass_percent: number;
    settings: unknown;
    questions: unknown[];
  };
}>(`select q.id as quiz_id, q.course_id, q.slug,
      json_build_object('id', r.id, 'title', r.title, 'pass_percent', r.pass_percent, 'settings', r.settings, 'questions', r.questions) as revision
    from quizzes q join quiz_revisions r on r.id = q.published_revision_id where q.slug = 'the-second-heart-final'`);
const finalRow = found.rows[0];
if (!finalRow) throw new Error("the seed has no final quiz");
const final = finalRow;
const quiz = parseQuiz({
  id: final.slug,
  title: final.revision.title,
  passPercent: final.revision.pass_percent,
  settings: final.revision.settings,
  questions: final.revision.questions,
});

// Real attempts: assembled, answered (ability model) and scored by the engine.
const t0 = process.hrtime.bigint();
let engineMs = 0;
if (!exists) {
  const BATCH = 2000;
  let pending: Promise<void> = Promise.resolve();
  const arrayLiteral = (values: readonly string[] | null) =>
    values === null
      ? null
      : `{${values.map((v) => `"${v.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(",")}}`;
  for (let from = 0; from < ATTEMPTS; from += BATCH) {
    const te = process.hrtime.bigint();
    const users: string[][] = [[], [], []];
    const attempts: unknown[][] = Array.from({ length: 15 }, () => []);
    const responses: unknown[][] = Array.from({ length: 17 }, () => []);
    for (let i = from; i < Math.min(ATTEMPTS, from + BATCH); i++) {
      const random = createSeededRandom(`regrade-bench:${i}`);
      const userId = crypto.randomUUID();
      users[0]?.push(userId);
      users[1]?.push(`bench-${name}-${i}@example.org`);
      users[2]?.push(`Bench learner ${i}`);
      const startedAt = Date.now() - 86_400_000 + i;
      const open = assembleAttempt(quiz, { seed: `b${i}`, now: startedAt, attemptNumber: 1 });
      const ability = random.next() * 4 - 2;
      const answers: Record<string, unknown> = {};
      for (const id of open.questionIds) {
        const question = quiz.questions.find((q) => q.id === id);
        if (!question) continue;
        answers[id] = syntheticResponse(
          question,
          random.next() < 1 / (1 + Math.exp(-ability)),
          random,
        );
      }
      const { attempt, result } = submitAttempt(
        quiz,
        { ...open, responses: answers },
        startedAt + 600_000,
      );
      const attemptId = crypto.randomUUID();
      const at = new Date(startedAt + 600_000).toISOString();
      [
        attemptId,
        userId,
        final.quiz_id,
        final.revision.id,
        final.course_id,
        1,
        attempt.seed,
        JSON.stringify(attempt),
        new Date(startedAt).toISOString(),
        at,
        result.points,
        result.maxPoints,
        result.percent,
        result.passed,
        // Stored as submit stores it: the whole result (~19 KB of JSON with feedback and sections).
        JSON.stringify(result),
      ].forEach((v, k) => attempts[k]?.push(v));
      for (const scored of result.questions) {
        const question = quiz.questions.find((q) => q.id === scored.questionId);
        if (!question) continue;
        const response = attempt.responses[scored.questionId] ?? null;
        const c = responseColumns(question, response, scored);
        [
          attemptId,
          final.revision.id,
          scored.questionId,
          response === null ? null : JSON.stringify(response),
          scored.earned,
          scored.max,
          scored.status,
          at,
          final.quiz_id,
          final.course_id,
          userId,
          c.questionType,
          arrayLiteral(c.chosenOptions),
          c.choiceMask,
          arrayLiteral(c.misconceptions),
          arrayLiteral(c.objectives),
          c.answerText,
        ].forEach((v, k) => responses[k]?.push(v));
      }
    }
    engineMs += ms(te);
    // Each batch is written in one transaction on its own connection while the engine builds the
    // next one (PostgreSQL and Node work at the same time); at most one batch waits.
    await pending;
    pending = insertBatch(users, attempts, responses);
  }
  await pending;
  await pool.query("vacuum analyze quiz_attempts");
  await pool.query("vacuum analyze attempt_responses");
}
console.log(
  `generated ${ATTEMPTS} attempts in ${(ms(t0) / 1000).toFixed(1)} s (engine ${(engineMs / 1000).toFixed(1)} s); load ${load()}`,
);

if (RUNS === 0) {
  // Only the data (BENCH_RUNS=0 with BENCH_DB: generate once, regrade in later runs).
  await handle.close();
  await adminHandle.close();
  process.exit(0);
}

/** Publishes a new revision: `corrected` moves the first single-choice key and doubles the second's points. */
let revisionNumber =
  (
    await pool.query<{ n: number }>(
      "select max(revision)::int as n from quiz_revisions where quiz_id = $1",
      [final.quiz_id],
    )
  ).rows[0]?.n ?? 1;
async function publish(corrected: boolean): Promise<string> {
  revisionNumber += 1;
  const questions = structuredClone(final.revision.questions) as {
    type: string;
    points?: number;
    options?: { correct?: boolean }[];
  }[];
  if (corrected) {
    const choices = questions.filter((q) => q.type === "single_choice");
    const first = choices[0];
    const options = first?.options;
    if (options) {
      const right = options.findIndex((o) => o.correct);
      options.forEach((o, i) => (o.correct = i === (right + 1) % options.length));
    }
    if (choices[1]) choices[1].points = (choices[1].points ?? 1) * 2;
  }
  const row = await pool.query<{ id: string }>(
    `insert into quiz_revisions (quiz_id, revision, title, pass_percent, settings, questions, source, content_hash)
     select quiz_id, $2, title, pass_percent, settings, $3::jsonb, 'editor', $4 from quiz_revisions where id = $1 returning id`,
    [final.revision.id, revisionNumber, JSON.stringify(questions), `bench-${revisionNumber}`],
  );
  const id = row.rows[0]?.id ?? "";
  await pool.query(`update quizzes set published_revision_id = $1 where id = $2`, [
    id,
    final.quiz_id,
  ]);
  return id;
}

const coach = await createTestUser(db, "admin", {
  email: `bench-admin-${name}-${Date.now()}@example.org`,
});
const { token } = await createSession(db, coach.id, "admin");
const session = await readSession(db, token, "admin");
const api = createAdminCaller(createApiContext({ db, session, app: "admin" }));
const quizId = final.quiz_id;

async function probeWhile(work: () => Promise<void>) {
  const latencies: number[] = [];
  const state = { running: true };
  const probe = (async () => {
    while (state.running) {
      const t = process.hrtime.bigint();
      await api.courses.listManageable();
      latencies.push(ms(t));
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  await work();
  state.running = false;
  await probe;
  return latencies;
}

const results: Record<string, unknown> = {
  attempts: ATTEMPTS,
  questions: quiz.questions.length,
  date: new Date().toISOString(),
  cpus: os.cpus().length,
};
const dryRuns: number[] = [];
const applies: number[] = [];
const dryProbes: number[] = [];
const applyProbes: number[] = [];
const runs: unknown[] = [];
const requestMs: number[] = [];

/** A dry run as the page drives it: start (returns at once), then poll its progress. */
async function dryRunToEnd() {
  const t = process.hrtime.bigint();
  const started = await api.regrade.startDryRun({ quizId });
  requestMs.push(ms(t));
  for (;;) {
    const tp = process.hrtime.bigint();
    const p = await api.regrade.dryRunProgress({ quizId, dryRunId: started.dryRunId });
    requestMs.push(ms(tp));
    if (p.status !== "running") {
      if (p.status !== "done" || !p.result) throw new Error(`dry run ${p.status}: ${p.error}`);
      return p.result;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

function summarise() {
  results.dryRunMs = { median: pct(dryRuns, 50), runs: dryRuns };
  results.applyMs = { median: pct(applies, 50), runs: applies };
  const probeFigures = (values: number[]) => ({
    p50: pct(values, 50),
    p95: pct(values, 95),
    p99: pct(values, 99),
    n: values.length,
  });
  results.probeDuringDryRunMs = probeFigures(dryProbes);
  results.probeDuringApplyMs = probeFigures(applyProbes);
  results.regradeRequestsMs = probeFigures(requestMs);
  results.runs = runs;
  results.loadAfter = load();
  writeFileSync(
    new URL("./results/regrade.json", import.meta.url),
    `${JSON.stringify(results, null, 2)}\n`,
  );
}

traced.clear();
let target = await publish(true);
for (let run = 0; run < RUNS; run++) {
  // Each run leaves every attempt and response row rewritten; a server's autovacuum would clean
  // up behind it (this shared server runs without it): vacuum, untimed, before each run.
  await pool.query("vacuum analyze quiz_attempts, attempt_responses, attempt_score_history");
  const loadBefore = load();
  let changed = 0;
  const t0 = process.hrtime.bigint();
  const probeDry = await probeWhile(async () => {
    changed = (await dryRunToEnd()).changed;
  });
  dryRuns.push(ms(t0));
  const loadAfterDry = load();
  console.log(
    `run ${run + 1}: dry run ${((dryRuns[run] ?? 0) / 1000).toFixed(1)} s (${changed} would change); probe p50 ${pct(probeDry, 50).toFixed(0)} ms p99 ${pct(probeDry, 99).toFixed(0)} ms; load ${loadBefore} → ${loadAfterDry}`,
  );
  const t = process.hrtime.bigint();
  const probeApply = await probeWhile(async () => {
    const tj = process.hrtime.bigint();
    const job = await api.regrade.start({ quizId, targetRevisionId: target, mode: "all" });
    requestMs.push(ms(tj));
    for (;;) {
      const tp = process.hrtime.bigint();
      const p = await api.regrade.progress({ quizId, jobId: job.jobId });
      requestMs.push(ms(tp));
      if (p.status !== "running") {
        if (p.status !== "done" || p.processed !== ATTEMPTS)
          throw new Error(`regrade ${p.status}: ${JSON.stringify(p)}`);
        break;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  });
  applies.push(ms(t));
  dryProbes.push(...probeDry);
  applyProbes.push(...probeApply);
  runs.push({
    dryRunMs: dryRuns[run],
    applyMs: applies[run],
    changed,
    loadBefore,
    loadAfterDry,
    loadAfter: load(),
  });
  console.log(
    `run ${run + 1}: apply ${((applies[run] ?? 0) / 1000).toFixed(1)} s; probe p50 ${pct(probeApply, 50).toFixed(0)} ms p99 ${pct(probeApply, 99).toFixed(0)} ms; load after ${load()}`,
  );
  summarise();
  // The next run corrects it back (and then forward again): every run regrades every attempt.
  if (run < RUNS - 1) target = await publish(run % 2 === 1);
}
// A second regrade of the same change: nothing to do.
const again = process.hrtime.bigint();
const idle = await dryRunToEnd();
results.secondDryRunOnSameRevision = { changed: idle.changed, ms: ms(again) };
summarise();
console.log(JSON.stringify(results, null, 2));
if (process.env.BENCH_TRACE) printTrace();
await handle.close();
if (!kept) await admin.query(`drop database if exists "${name}" with (force)`);
await adminHandle.close();

function traceQueries(proto: { query: (...args: unknown[]) => unknown }) {
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const first = args[0] as string | { text?: string };
    const text = typeof first === "string" ? first : (first.text ?? "?");
    const key = text.replace(/\s+/g, " ").slice(0, 90);
    const t = process.hrtime.bigint();
    const out = original.apply(this, args);
    if (out instanceof Promise)
      void out
        .finally(() => {
          const entry = traced.get(key) ?? { n: 0, ms: 0 };
          entry.n += 1;
          entry.ms += Number(process.hrtime.bigint() - t) / 1e6;
          traced.set(key, entry);
        })
        .catch(() => undefined);
    return out;
  };
}
function printTrace() {
  for (const [key, { n, ms: total }] of [...traced].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25))
    console.log(`${total.toFixed(0).padStart(8)} ms ${String(n).padStart(6)}× ${key}`);
}

async function insertBatch(users: unknown[][], attempts: unknown[][], responses: unknown[][]) {
  const client = await pool.connect();
  try {
    await client.query("begin");
    await client.query(
      `insert into users (id, email, name, role) select *, 'learner'::role from unnest($1::uuid[], $2::text[], $3::text[])`,
      users,
    );
    await client.query(
      `insert into quiz_attempts (id, user_id, quiz_id, quiz_revision_id, course_id, attempt_number, seed, status, state,
       started_at, submitted_at, points, max_points, percent, passed, result)
     select a, b, c, d, e, f, g, 'submitted', h, i, j, k, l, m, n, o from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[],
       $5::uuid[], $6::int[], $7::text[], $8::jsonb[], $9::timestamptz[], $10::timestamptz[], $11::float8[], $12::float8[],
       $13::float8[], $14::bool[], $15::jsonb[]) as t(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o)`,
      attempts,
    );
    await client.query(
      `insert into attempt_responses (attempt_id, quiz_revision_id, question_id, response, earned, max, state, updated_at,
       quiz_id, course_id, user_id, submitted_at, question_type, chosen_options, choice_mask, misconceptions, objectives, answer_text)
     select a, b, c, d, e, f, g, h, i, j, k, h, l, m::text[], n, o::text[], p::text[], q
     from unnest($1::uuid[], $2::uuid[], $3::text[], $4::jsonb[], $5::float8[], $6::float8[], $7::text[], $8::timestamptz[],
       $9::uuid[], $10::uuid[], $11::uuid[], $12::text[], $13::text[], $14::int[], $15::text[], $16::text[], $17::text[])
       as t(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q)`,
      responses,
    );
    await client.query("commit");
  } finally {
    client.release();
  }
}
