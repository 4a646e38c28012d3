import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@soleus/auth/db-types";
import { countedAttempts, type ResultsScope } from "./filter";

export interface ScoreDistribution {
  attempts: number;
  /** The quiz's pass mark (its published revision, else the newest); null across quizzes. */
  passPercent: number | null;
  binWidth: number;
  /** From 0 to 100 in steps of binWidth; a bin holds from <= percent < to (the last includes 100). */
  bins: { from: number; to: number; count: number }[];
}

/** Histogram of counted attempts' percent scores, every bin present (empty ones count 0). */
export async function computeScoreDistribution(
  db: Executor,
  scope: ResultsScope,
  binWidth: number,
): Promise<ScoreDistribution> {
  const binCount = Math.round(100 / binWidth);
  const [counts, pass] = await Promise.all([
    db.execute<{ bin: number; n: number }>(sql`
      select least(floor(coalesce(k.percent, 0) / ${binWidth})::int, ${binCount - 1}) as bin, count(*)::int as n
      from (${countedAttempts(scope)}) k group by 1`),
    scope.quizId
      ? db.execute<{ pass_percent: number }>(sql`
          select r.pass_percent from quizzes q join quiz_revisions r on r.quiz_id = q.id
          where q.id = ${scope.quizId}::uuid
            ${scope.quizRevisionId ? sql`and r.id = ${scope.quizRevisionId}::uuid` : sql``}
          order by (r.id = q.published_revision_id) desc, r.revision desc limit 1`)
      : Promise.resolve(null),
  ]);
  const byBin = new Map(counts.rows.map((r) => [r.bin, r.n]));
  const bins = Array.from({ length: binCount }, (_, i) => ({
    from: i * binWidth,
    to: (i + 1) * binWidth,
    count: byBin.get(i) ?? 0,
  }));
  return {
    attempts: bins.reduce((s, b) => s + b.count, 0),
    passPercent: pass?.rows[0]?.pass_percent ?? null,
    binWidth,
    bins,
  };
}
