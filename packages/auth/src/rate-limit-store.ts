import { createHash } from "node:crypto";
import { sql, type SQL } from "drizzle-orm";
// The package's index also loads its other stores; webpack warns about RateLimiterDrizzle's dynamic
// import, which never runs here.
import { RateLimiterPostgres, type RateLimiterRes } from "rate-limiter-flexible";
import type { Executor } from "./db-types";

/** One limit: what it counts, how many, over how long (seconds). */
export interface LimitSpec {
  name: string;
  points: number;
  durationSeconds: number;
}

interface QueryConfig {
  text: string;
  values?: unknown[];
}

/**
 * rate-limiter-flexible's PostgreSQL store talks to anything with node-postgres's `query`; this
 * hands it the caller's drizzle executor instead, so the counters are read and written inside the
 * caller's transaction (and its advisory lock) and work the same on PGlite and PostgreSQL.
 */
function executorAsPgClient(db: Executor) {
  return {
    async query(config: QueryConfig) {
      const parts = config.text.split(/\$(\d+)/);
      const chunks: SQL[] = parts.map((part, index) =>
        index % 2 === 0 ? sql.raw(part) : sql`${config.values?.[Number(part) - 1]}`,
      );
      const result = await db.execute(sql.join(chunks));
      return { rows: result.rows, rowCount: result.rowCount ?? result.rows.length };
    },
  };
}

/**
 * A limiter over the `rate_limits` table (created by migration 0005, never by the library).
 * Built per use: construction is cheap and binds the limiter to one transaction.
 */
export function limiter(db: Executor, spec: LimitSpec): RateLimiterPostgres {
  return new RateLimiterPostgres({
    storeClient: executorAsPgClient(db),
    storeType: "client",
    tableName: "rate_limits",
    tableCreated: true,
    clearExpiredByTimeout: false,
    keyPrefix: spec.name,
    points: spec.points,
    duration: spec.durationSeconds,
  });
}

/** A counter key that fits the table and keeps no email or address in clear text. */
export function limitKey(value: string): string {
  return createHash("sha256").update(value).digest("base64url");
}

/** Points used so far under a key (0 when nothing is counted). */
export async function pointsUsed(
  counter: RateLimiterPostgres,
  key: string,
): Promise<{ used: number; msLeft: number }> {
  const res: RateLimiterRes | null = await counter.get(limitKey(key));
  return res ? { used: res.consumedPoints, msLeft: res.msBeforeNext } : { used: 0, msLeft: 0 };
}

/** Adds one to a counter without refusing, and returns how many are counted now. */
export async function countOne(
  counter: RateLimiterPostgres,
  key: string,
): Promise<{ used: number; msLeft: number }> {
  const res = await counter.penalty(limitKey(key), 1);
  return { used: res.consumedPoints, msLeft: res.msBeforeNext };
}

/** Whole minutes (at least 1) for a message. */
export function minutesFrom(ms: number): number {
  return Math.max(1, Math.ceil(ms / 60_000));
}

/** "1 minute", "15 minutes". */
export function minutesText(minutes: number): string {
  return `${minutes} ${minutes === 1 ? "minute" : "minutes"}`;
}
