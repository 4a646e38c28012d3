import "server-only";
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Executor } from "@soleus/auth/db-types";
import { uuidArray, type ResultsScope } from "./filter";

/**
 * The state of the scope's attempts: submitted count and last change of every quiz in it,
 * from `result_stamps` (summed over each quiz's shards), which submit bumps in its
 * transaction. Equal stamps, same results: the sum only grows, whatever order submits commit in.
 */
async function stampOf(db: Executor, scope: ResultsScope): Promise<string> {
  const rows = await db.execute<{
    submitted: string | null;
    changed: string | null;
    n: string;
  }>(sql`
    select sum(submitted)::text as submitted, max(changed_at)::text as changed,
      count(distinct quiz_id)::text as n
    from result_stamps
    where course_id = any(${uuidArray(scope.courseIds)})
      ${scope.quizId ? sql`and quiz_id = ${scope.quizId}::uuid` : sql``}`);
  const row = rows.rows[0];
  return `${row?.n ?? "0"}:${row?.submitted ?? "0"}:${row?.changed ?? ""}`;
}

/**
 * A results view computed by `compute` (SQL aggregates), stored in `result_cache` under the
 * view and scope, and served from there while no attempt in scope was submitted since
 * (docs/decisions/0032). Every app instance shares the cache: it lives in PostgreSQL.
 */
export async function cachedView<T>(
  db: Executor,
  view: string,
  scope: ResultsScope,
  extra: unknown,
  compute: () => Promise<T>,
): Promise<T> {
  const key = createHash("sha256")
    .update(
      JSON.stringify([
        view,
        scope.courseIds,
        scope.quizId,
        scope.quizRevisionId,
        scope.from,
        scope.until,
        scope.selection,
        extra,
      ]),
    )
    .digest("base64url");
  const stamp = await stampOf(db, scope);
  const hit = await db.execute<{ payload: T }>(
    sql`select payload from result_cache where key = ${key} and stamp = ${stamp}`,
  );
  const found = hit.rows[0];
  if (found) return found.payload;
  const value = await compute();
  await db.execute(sql`
    insert into result_cache (key, stamp, payload, computed_at)
    values (${key}, ${stamp}, ${JSON.stringify(value)}::jsonb, now())
    on conflict (key) do update set stamp = excluded.stamp, payload = excluded.payload, computed_at = excluded.computed_at`);
  return value;
}
