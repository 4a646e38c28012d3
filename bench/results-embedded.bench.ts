/**
 * Results on the embedded database (issue 14: "at a size it handles well: measure and say what
 * that is"): `pnpm --filter @soleus/bench exec tsx --conditions=react-server results-embedded.bench.ts`.
 * For each size in RESULTS_EMBEDDED_SIZES (default 5000,20000), in a fresh data directory: the
 * generator's speed (as `generate:results` without DATABASE_URL: migrate, seed, generate,
 * VACUUM ANALYZE), then the final quiz's views as an admin sees them — cold (result_cache
 * emptied, median of 3) and warm (p95 of 20). Not run by CI. Writes bench/results/results-embedded.json.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { createAdminCaller, createApiContext } from "@soleus/api";
import { createSession, readSession } from "@soleus/auth/session";
import { createTestUser } from "@soleus/auth/testing/fixtures";
import { connectDatabase } from "@soleus/db/client";
import { startEmbeddedDatabase } from "@soleus/db/embedded";
import { generateResults } from "@soleus/db/generate-results";
import { migrateDatabase } from "@soleus/db/migrate";
import { seedDatabase } from "@soleus/db/seed";

const sizes = (process.env.RESULTS_EMBEDDED_SIZES ?? "5000,20000").split(",").map(Number);
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const pct = (values: number[], p: number) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0;
};
const round = (n: number) => Math.round(n * 10) / 10;
async function time(fn: () => Promise<unknown>) {
  const t = process.hrtime.bigint();
  await fn();
  return ms(t);
}
const load = () =>
  execFileSync("cat", ["/proc/loadavg"]).toString().split(" ").slice(0, 3).join(" ");

const results: Record<string, unknown>[] = [];
for (const attempts of sizes) {
  const dataDir = mkdtempSync(join(tmpdir(), "soleus-embedded-bench-"));
  const embedded = await startEmbeddedDatabase({ dataDir, port: 0 });
  let handle = connectDatabase(embedded.url, { maxConnections: 2, statementTimeoutMs: 600_000 });
  try {
    const loadBefore = load();
    const started = process.hrtime.bigint();
    console.error(`${String(attempts)} attempts: migrating, seeding, generating …`);
    // As `generate:results` does it (packages/db/src/results/generate-cli.ts).
    await migrateDatabase(embedded.url);
    await seedDatabase(embedded.url);
    const generated = await generateResults(handle.pool, {
      attempts,
      seed: "1",
      end: Date.parse("2026-11-30T18:00:00Z"),
    });
    await handle.pool.query("vacuum analyze quiz_attempts");
    await handle.pool.query("vacuum analyze attempt_responses");
    const generateMs = ms(started);
    await handle.close();
    console.error(`generated in ${String(round(generateMs / 1000))} s; the views …`);
    // The apps' pool (packages/db client default: 10 connections).
    handle = connectDatabase(embedded.url, { statementTimeoutMs: 600_000 });

    const { db, pool } = handle;
    const admin = await createTestUser(db, "admin", { email: "bench-admin@example.org" });
    const { token } = await createSession(db, admin.id, "admin");
    const session = await readSession(db, token, "admin");
    const api = createAdminCaller(createApiContext({ db, session, app: "admin" }));
    const quiz = await pool.query<{ id: string }>(
      `select id from quizzes where slug = 'the-second-heart-final'`,
    );
    const quizId = quiz.rows[0]?.id ?? "";
    const views = {
      itemAnalysis: () => api.results.itemAnalysis({ quizId }),
      quizOverview: () => api.results.overview({ quizId }),
      crossCourseOverview: () => api.results.overview({}),
      scoreDistribution: () => api.results.scoreDistribution({ quizId }),
      learners: () => api.results.learners({ quizId }),
    };
    const figures: Record<string, number> = {};
    for (const [name, view] of Object.entries(views)) {
      const cold: number[] = [];
      for (let i = 0; i < 3; i++) {
        await pool.query("delete from result_cache");
        cold.push(await time(view));
      }
      const warm: number[] = [];
      for (let i = 0; i < 20; i++) warm.push(await time(view));
      figures[`${name}ColdMedianMs`] = round(pct(cold, 50));
      figures[`${name}WarmP95Ms`] = round(pct(warm, 95));
    }
    const row = {
      attempts: generated.attempts,
      responses: generated.responses,
      generateSeconds: round(generateMs / 1000),
      attemptsPerSecond: round(generated.attempts / (generateMs / 1000)),
      ...figures,
      loadBefore,
      loadAfter: load(),
    };
    console.log(JSON.stringify(row));
    results.push(row);
  } finally {
    await handle.close();
    await embedded.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

writeFileSync(
  new URL("./results/results-embedded.json", import.meta.url),
  `${JSON.stringify(
    {
      machine: `${execFileSync("nproc").toString().trim()} cores, shared with other work`,
      command:
        "RESULTS_EMBEDDED_SIZES=5000,20000 pnpm --filter @soleus/bench exec tsx --conditions=react-server results-embedded.bench.ts",
      results,
    },
    null,
    2,
  )}\n`,
);
