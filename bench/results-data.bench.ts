/**
 * Results at scale (issue 14): `DATABASE_URL=postgres://… pnpm --filter @soleus/bench exec tsx
 * --conditions=react-server results-data.bench.ts` on a database filled by
 * `pnpm --filter @soleus/db generate:results -- --attempts 1000000 --seed 1`. Not run by CI.
 */
import { execFileSync, spawn } from "node:child_process";
import { writeFileSync } from "node:fs";

import { createAdminCaller, createApiContext, createLearnerCaller } from "@soleus/api";
import { exportStatement, prepareResultsExport } from "@soleus/api/results-export";
import { createSession, readSession } from "@soleus/auth/session";
import { createTestUser } from "@soleus/auth/testing/fixtures";
import { connectDatabase } from "@soleus/db/client";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("set DATABASE_URL to the generated database");
const handle = connectDatabase(url, { maxConnections: 8, statementTimeoutMs: 600_000 });
const { db, pool } = handle;

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const pct = (values: number[], p: number) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0;
};
const median = (values: number[]) => pct(values, 50);
async function time(fn: () => Promise<unknown>) {
  const t = process.hrtime.bigint();
  await fn();
  return ms(t);
}

const admin = await createTestUser(db, "admin", { email: `bench-admin-${Date.now()}@example.org` });
const { token } = await createSession(db, admin.id, "admin");
const session = await readSession(db, token, "admin");
const context = createApiContext({ db, session, app: "admin" });
const api = createAdminCaller(context);
const quiz = await pool.query<{ id: string }>(
  `select id from quizzes where slug = 'the-second-heart-final'`,
);
const quizId = quiz.rows[0]?.id ?? "";
const counts = await pool.query<{ attempts: string; responses: string; final_responses: string }>(`
  select (select count(*) from quiz_attempts) as attempts, (select count(*) from attempt_responses) as responses,
    (select count(*) from attempt_responses where quiz_id = '${quizId}') as final_responses`);
console.log("data:", counts.rows[0]);

// Cold item analysis vs one bare scan over the same quiz's response rows, alternating.
const cold: number[] = [];
const scan: number[] = [];
for (let i = 0; i < 5; i++) {
  await pool.query("delete from result_cache");
  cold.push(await time(() => api.results.itemAnalysis({ quizId })));
  scan.push(
    await time(() =>
      pool.query(
        `select count(*), sum(earned), sum(choice_mask) from attempt_responses where quiz_id = $1`,
        [quizId],
      ),
    ),
  );
}

// Warm views.
const warm = {
  quizOverview: [] as number[],
  itemAnalysis: [] as number[],
  crossCourseOverview: [] as number[],
};
await api.results.overview({ quizId });
await api.results.overview({});
for (let i = 0; i < 60; i++) {
  warm.quizOverview.push(await time(() => api.results.overview({ quizId })));
  warm.itemAnalysis.push(await time(() => api.results.itemAnalysis({ quizId })));
  warm.crossCourseOverview.push(await time(() => api.results.overview({})));
}

// CSV export of the final quiz's response rows vs COPY of the same statement.
const rssBefore = process.memoryUsage().rss;
let rssPeak = rssBefore;
const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 50);
let bytes = 0;
const exportMs = await time(async () => {
  const prepared = await prepareResultsExport(context, {
    quizId,
    rows: "responses",
    format: "csv",
  });
  const reader = prepared.body.getReader();
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) break;
    bytes += chunk.value.byteLength;
  }
});
clearInterval(sampler);
const q = await exportStatement(context, { quizId, rows: "responses" });
let inlined = q.sql;
q.params.forEach(
  (p, i) =>
    (inlined = inlined.replaceAll(
      new RegExp(`\\$${i + 1}(?![0-9])`, "g"),
      `'${String(p).replaceAll("'", "''")}'`,
    )),
);
const copyMs = await time(
  () =>
    new Promise<void>((resolve, reject) => {
      const child = spawn("psql", [url, "-Atc", `copy (${inlined}) to stdout with csv header`], {
        stdio: ["ignore", "ignore", "inherit"],
      });
      child.on("exit", (code) =>
        code === 0 ? resolve() : reject(new Error(`psql ${String(code)}`)),
      );
    }),
);

// Submits: 50 learners at once, 4 rounds, with the rollup (result_stamps) in the transaction.
const learners = await Promise.all(
  Array.from({ length: 50 }, async (_, i) => {
    const user = await createTestUser(db, "learner", {
      email: `bench-learner-${Date.now()}-${i}@example.org`,
    });
    const s = await createSession(db, user.id, "web");
    return createLearnerCaller(
      createApiContext({ db, session: await readSession(db, s.token, "web"), app: "web" }),
    );
  }),
);
const submits: number[] = [];
for (let round = 0; round < 4; round++) {
  const views = await Promise.all(
    learners.map((l) =>
      l.attempts.start({ course: "the-second-heart", quiz: "meet-the-soleus-check" }),
    ),
  );
  const times = await Promise.all(
    learners.map((l, i) => time(() => l.attempts.submit({ attemptId: views[i]?.attemptId ?? "" }))),
  );
  submits.push(...times);
}

const result = {
  machine: `${execFileSync("nproc").toString().trim()} cores, load average ${execFileSync("cat", ["/proc/loadavg"]).toString().split(" ").slice(0, 3).join(" ")} (shared with other work)`,
  data: counts.rows[0],
  itemAnalysisColdMedianMs: median(cold),
  bareScanMedianMs: median(scan),
  coldToScanRatio: median(cold) / median(scan),
  warmP95Ms: {
    quizOverview: pct(warm.quizOverview, 95),
    itemAnalysis: pct(warm.itemAnalysis, 95),
    crossCourseOverview: pct(warm.crossCourseOverview, 95),
  },
  export: {
    rows: Number(counts.rows[0]?.final_responses ?? 0),
    bytes,
    exportMs,
    copyMs,
    throughputRatio: copyMs / exportMs,
    rssGrowthMb: (rssPeak - rssBefore) / 1e6,
  },
  submitP99Ms: pct(submits, 99),
  submitMedianMs: median(submits),
};
console.log(JSON.stringify(result, null, 2));
writeFileSync(
  new URL("./results/results-data.json", import.meta.url),
  `${JSON.stringify(result, null, 2)}\n`,
);
await handle.close();
