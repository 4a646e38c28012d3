/**
 * Results at scale (issue 14): `DATABASE_URL=postgres://… pnpm --filter @soleus/bench exec tsx
 * --conditions=react-server results-data.bench.ts` on a database filled by
 * `pnpm --filter @soleus/db generate:results -- --attempts 1000000 --seed 1`. Not run by CI.
 * RESULTS_BENCH_RUNS (default 3) repeats every measurement; the figures are medians over the
 * runs. RESULTS_BENCH_PARTS=views,export,submit picks parts (default all).
 */
import { execFileSync, spawn } from "node:child_process";
import { writeFileSync } from "node:fs";

import { createAdminCaller, createApiContext, createLearnerCaller } from "@soleus/api";
import {
  exportStatement,
  inlineParameters,
  prepareResultsExport,
} from "@soleus/api/results-export";
import { createSession, readSession } from "@soleus/auth/session";
import { createTestUser } from "@soleus/auth/testing/fixtures";
import { connectDatabase } from "@soleus/db/client";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("set DATABASE_URL to the generated database");
const runs = Number(process.env.RESULTS_BENCH_RUNS ?? 3);
const parts = new Set((process.env.RESULTS_BENCH_PARTS ?? "views,export,submit").split(","));
// The apps' pool size (packages/db client default): 50 learners share 10 connections.
const handle = connectDatabase(url, { maxConnections: 10, statementTimeoutMs: 600_000 });
const { db, pool } = handle;

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const pct = (values: number[], p: number) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0;
};
const median = (values: number[]) => pct(values, 50);
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
async function time(fn: () => Promise<unknown>) {
  const t = process.hrtime.bigint();
  await fn();
  return ms(t);
}
const load = () =>
  execFileSync("cat", ["/proc/loadavg"]).toString().split(" ").slice(0, 3).join(" ");

const admin = await createTestUser(db, "admin", { email: `bench-admin-${Date.now()}@example.org` });
const { token } = await createSession(db, admin.id, "admin");
const session = await readSession(db, token, "admin");
const context = createApiContext({ db, session, app: "admin" });
const api = createAdminCaller(context);
const quiz = await pool.query<{ id: string; revision_id: string }>(
  `select q.id, q.published_revision_id as revision_id from quizzes q where slug = 'the-second-heart-final'`,
);
const quizId = quiz.rows[0]?.id ?? "";
const revisionId = quiz.rows[0]?.revision_id ?? "";
const counts = await pool.query<{ attempts: string; responses: string; final_responses: string }>(
  `select (select count(*) from quiz_attempts) as attempts, (select count(*) from attempt_responses) as responses,
    (select count(*) from attempt_responses where quiz_id = $1) as final_responses`,
  [quizId],
);
console.log("data:", counts.rows[0], "load", load());

type Run = Record<string, number>;
const perRun: Run[] = [];

async function views(run: Run) {
  // Cold item analysis (nothing cached by the app: result_cache emptied) vs one bare scan of
  // the same revision's submitted response rows, reading every column item analysis's scan
  // reads (its attempt's percent and points, question, mark, choice mask), alternating, each 3
  // times. The bare scan is the floor: one aggregate per column, no grouping, no ranking.
  const cold: number[] = [];
  const scan: number[] = [];
  for (let i = 0; i < 3; i++) {
    await pool.query("delete from result_cache");
    cold.push(await time(() => api.results.itemAnalysis({ quizId })));
    scan.push(
      await time(() =>
        pool.query(
          `select sum(attempt_percent), count(question_id), sum(earned), sum(attempt_points), sum(choice_mask)
           from attempt_responses where quiz_revision_id = $1 and attempt_percent is not null`,
          [revisionId],
        ),
      ),
    );
  }
  await pool.query("delete from result_cache");
  run.quizOverviewColdMs = await time(() => api.results.overview({ quizId }));
  run.crossCourseOverviewColdMs = await time(() => api.results.overview({}));
  run.itemAnalysisColdMs = median(cold);
  run.bareScanMs = median(scan);
  run.coldToScanRatio = median(cold) / median(scan);
  const warm = { quiz: [] as number[], item: [] as number[], cross: [] as number[] };
  await api.results.itemAnalysis({ quizId });
  for (let i = 0; i < 60; i++) {
    warm.quiz.push(await time(() => api.results.overview({ quizId })));
    warm.item.push(await time(() => api.results.itemAnalysis({ quizId })));
    warm.cross.push(await time(() => api.results.overview({})));
  }
  run.quizOverviewWarmP95Ms = pct(warm.quiz, 95);
  run.itemAnalysisWarmP95Ms = pct(warm.item, 95);
  run.crossCourseOverviewWarmP95Ms = pct(warm.cross, 95);
}

// The export: the final quiz's response rows from the day that leaves about 1,000,000 of them.
const fromRow = await pool.query<{ day: string | null }>(
  `select to_char(submitted_at at time zone 'UTC', 'YYYY-MM-DD') as day from attempt_responses
   where quiz_id = $1 order by submitted_at desc offset 1000000 limit 1`,
  [quizId],
);
const exportFilter = {
  quizId,
  rows: "responses" as const,
  ...(fromRow.rows[0]?.day ? { from: fromRow.rows[0].day } : {}),
};

let exportRows: number | undefined;

async function exportCsv(run: Run) {
  // CSV export of those rows (as the admin's download) vs psql's COPY of the same statement;
  // memory is this process's resident set (the serving process).
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 20);
  let bytes = 0;
  const exportMs = await time(async () => {
    const prepared = await prepareResultsExport(context, { ...exportFilter, format: "csv" });
    const reader = prepared.body.getReader();
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) break;
      bytes += chunk.value.byteLength;
    }
  });
  clearInterval(sampler);
  const q = await exportStatement(context, exportFilter);
  const client = await pool.connect();
  const inlined = inlineParameters(q.sql, q.params, (v) => client.escapeLiteral(v));
  client.release();
  let copyBytes = 0;
  const copyMs = await time(
    () =>
      new Promise<void>((resolve, reject) => {
        const child = spawn(
          "psql",
          ["-X", url ?? "", "-Atc", `copy (${inlined}) to stdout with csv header`],
          {
            stdio: ["ignore", "pipe", "inherit"],
          },
        );
        child.stdout.on("data", (d: Buffer) => (copyBytes += d.length));
        child.on("exit", (code) =>
          code === 0 ? resolve() : reject(new Error(`psql ${String(code)}`)),
        );
      }),
  );
  exportRows ??= Number(
    (await pool.query<{ n: string }>(`select count(*) as n from (${inlined}) e`)).rows[0]?.n ?? 0,
  );
  run.exportRows = exportRows;
  run.exportBytes = bytes;
  run.copyBytes = copyBytes;
  run.exportMs = exportMs;
  run.copyMs = copyMs;
  run.exportToCopyThroughput = copyMs / exportMs;
  run.exportRssGrowthMb = (rssPeak - rssBefore) / 1e6;
}

async function submits(run: Run) {
  // 50 learners submit at the same instant, 4 rounds; a second connection samples how many sessions wait
  // for a lock meanwhile (a hot row shows up here).
  const learners = await Promise.all(
    Array.from({ length: 50 }, async (_, i) => {
      const user = await createTestUser(db, "learner", {
        email: `bench-learner-${Date.now()}-${i}-${Math.random()}@example.org`,
      });
      const s = await createSession(db, user.id, "web");
      return createLearnerCaller(
        createApiContext({ db, session: await readSession(db, s.token, "web"), app: "web" }),
      );
    }),
  );
  const monitor = connectDatabase(url ?? "", { maxConnections: 1 });
  const times: number[] = [];
  const waiting: number[] = [];
  for (let round = 0; round < 4; round++) {
    const started = await Promise.all(
      learners.map((l) =>
        l.attempts.start({ course: "the-second-heart", quiz: "meet-the-soleus-check" }),
      ),
    );
    const sampling = { on: true };
    const sampler = (async () => {
      while (sampling.on) {
        const r = await monitor.pool.query<{ n: number }>(
          `select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
        );
        waiting.push(r.rows[0]?.n ?? 0);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    times.push(
      ...(await Promise.all(
        learners.map((l, i) =>
          time(() => l.attempts.submit({ attemptId: started[i]?.attemptId ?? "" })),
        ),
      )),
    );
    sampling.on = false;
    await sampler;
  }
  await monitor.close();
  // The same 50 learners as a class would submit: each once, at evenly spread moments over 2 s
  // (25 submits/s, far more than a real class), 4 rounds; and one learner at a time (service time).
  const paced: number[] = [];
  const serial: number[] = [];
  for (let round = 0; round < 4; round++) {
    const started = await Promise.all(
      learners.map((l) =>
        l.attempts.start({ course: "the-second-heart", quiz: "meet-the-soleus-check" }),
      ),
    );
    paced.push(
      ...(await Promise.all(
        learners.map(async (l, i) => {
          await new Promise((resolve) => setTimeout(resolve, ((i * 37) % 50) * 40));
          return time(() => l.attempts.submit({ attemptId: started[i]?.attemptId ?? "" }));
        }),
      )),
    );
  }
  const one = learners[0];
  if (one)
    for (let i = 0; i < 20; i++) {
      const { attemptId } = await one.attempts.start({
        course: "the-second-heart",
        quiz: "meet-the-soleus-check",
      });
      serial.push(await time(() => one.attempts.submit({ attemptId })));
    }
  run.submitPacedMedianMs = median(paced);
  run.submitPacedP99Ms = pct(paced, 99);
  run.submitSerialMedianMs = median(serial);
  run.submitMedianMs = median(times);
  run.submitP99Ms = pct(times, 99);
  run.lockWaitersMax = Math.max(0, ...waiting);
  run.lockWaitersMean = waiting.reduce((a, b) => a + b, 0) / Math.max(1, waiting.length);
}

for (let i = 0; i < runs; i++) {
  const run: Run = {};
  run.loadBefore1m = Number(load().split(" ")[0]);
  if (parts.has("views")) await views(run);
  if (parts.has("export")) await exportCsv(run);
  if (parts.has("submit")) await submits(run);
  console.log(`run ${String(i + 1)}:`, JSON.stringify(run));
  perRun.push(run);
}

const medians = Object.fromEntries(
  Object.keys(perRun[0] ?? {}).map((k) => [k, round(median(perRun.map((r) => r[k] ?? 0)), 2)]),
);
const result = {
  machine: `${execFileSync("nproc").toString().trim()} cores, load average ${load()} at the end (shared with other work)`,
  command:
    "DATABASE_URL=… pnpm --filter @soleus/bench exec tsx --conditions=react-server results-data.bench.ts",
  data: counts.rows[0],
  runs,
  medians,
  perRun,
};
console.log(JSON.stringify(result, null, 2));
writeFileSync(
  new URL("./results/results-data.json", import.meta.url),
  `${JSON.stringify(result, null, 2)}\n`,
);
await handle.close();
