/**
 * `pnpm --filter @soleus/db generate:results -- --attempts 1000000 --seed 1`
 *
 * Fills the database with synthetic learners and attempts for the built-in course (migrating
 * and seeding it first). PostgreSQL when DATABASE_URL is set; otherwise the embedded database
 * in SOLEUS_DATA_DIR (stop the app first: one process owns it). See README "Results data".
 */
import { parseArgs } from "node:util";
import { connectDatabase } from "../client";
import { startEmbeddedDatabase } from "../embedded/server";
import { readDatabaseEnv, resolveDataDir } from "../env";
import { migrateDatabase } from "../migrate";
import { seedDatabase } from "../seed";
import { generateResults } from "./generate-results";

const { values } = parseArgs({
  options: {
    attempts: { type: "string", default: "1000000" },
    seed: { type: "string", default: "1" },
    end: { type: "string" },
  },
  // `pnpm run x -- --flag` passes the "--" through: drop it so the flags are read.
  args: process.argv.slice(2).filter((arg, i) => !(i === 0 && arg === "--")),
  allowPositionals: true,
});
const attempts = Number(values.attempts);
if (!Number.isInteger(attempts) || attempts < 1 || attempts > 20_000_000) {
  console.error("--attempts must be a whole number from 1 to 20,000,000");
  process.exit(2);
}
if (!/^[A-Za-z0-9_-]{1,40}$/.test(values.seed)) {
  console.error("--seed must be 1-40 letters, digits, - or _");
  process.exit(2);
}
const end = values.end ? Date.parse(values.end) : Date.parse("2026-11-30T18:00:00Z");
if (!Number.isFinite(end)) {
  console.error("--end must be a date like 2026-11-30");
  process.exit(2);
}

const env = readDatabaseEnv();
// The root `pnpm --filter` runs here in packages/db: the data directory is the repository's.
const dataDir = resolveDataDir(env, new URL("../../../..", import.meta.url).pathname);
const embedded = env.DATABASE_URL ? null : await startEmbeddedDatabase({ dataDir, port: 0 });
const url = env.DATABASE_URL ?? embedded?.url ?? "";
console.error(
  env.DATABASE_URL
    ? `PostgreSQL: ${new URL(url).host}${new URL(url).pathname}`
    : `embedded database in ${dataDir}`,
);

const started = Date.now();
function progress(written: number) {
  const width = 30;
  const done = Math.min(width, Math.round((width * written) / attempts));
  const seconds = (Date.now() - started) / 1000;
  const rate = written / Math.max(seconds, 0.001);
  const left = rate > 0 ? Math.max(0, (attempts - written) / rate) : 0;
  process.stderr.write(
    `\r[${"#".repeat(done)}${".".repeat(width - done)}] ${written.toLocaleString("en-GB")} / ${attempts.toLocaleString("en-GB")} attempts, ${Math.round(rate)}/s, ~${Math.round(left)} s left `,
  );
}

try {
  await migrateDatabase(url);
  await seedDatabase(url);
  const handle = connectDatabase(url, { maxConnections: 2, statementTimeoutMs: 600_000 });
  try {
    const result = await generateResults(handle.pool, {
      attempts,
      seed: values.seed,
      end,
      onProgress: progress,
    });
    // Vacuum sets the visibility map, so item analysis reads its covering index only.
    process.stderr.write("\nvacuuming and analysing the results tables …");
    await handle.pool.query("vacuum analyze quiz_attempts");
    await handle.pool.query("vacuum analyze attempt_responses");
    process.stderr.write("\n");
    console.error(
      `done in ${Math.round((Date.now() - started) / 1000)} s: ${result.learners.toLocaleString("en-GB")} learners, ${result.attempts.toLocaleString("en-GB")} attempts, ${result.responses.toLocaleString("en-GB")} responses; ${Math.round(result.waitedMs / 1000)} s of it waiting for the database`,
    );
  } finally {
    await handle.close();
  }
} finally {
  await embedded?.stop();
}
