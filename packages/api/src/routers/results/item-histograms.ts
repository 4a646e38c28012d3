import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Database, Executor } from "@soleus/auth/db-types";
import { countedAttempts, type ResultsScope } from "./filter";

export type HistogramRow = {
  part: "score" | "joint" | "choice";
  question_id: string | null;
  x: number | null;
  y: number | null;
  grp: number | null;
  mask: number | null;
  n: number;
};

/** An attempt's place in the ranking by (percent, submission time, id), as SQL literals' text. */
type Cut = { pct: string; at: string; id: string };

type RankRow = {
  part: "score" | "low" | "high";
  pct: number;
  total: number;
  cut_pct: string | null;
  at: string | null;
  id: string | null;
  n: number;
};

/**
 * The counted attempts of the revision: their score histogram, and the last attempt of the
 * bottom third and the first of the top third in the engine's order (percent, then submission
 * time, then id: the order the engine is given them in) — ranks ⌊n/3⌋ and n − ⌊n/3⌋ + 1.
 * Reads only the attempts' covering index (quiz_attempts_revision_scores_index).
 */
async function rankAttempts(tx: Executor, counted: SQL) {
  const rows = await tx.execute<RankRow>(sql`
    with k as (${counted}),
    t as (
      select k.id, coalesce(k.points, 0)::float8 as total,
        coalesce(100 * k.points / nullif(k.max_points, 0), 0)::float8 as pct, k.submitted_at,
        row_number() over (order by coalesce(100 * k.points / nullif(k.max_points, 0), 0), k.submitted_at, k.id) as rk,
        count(*) over () as cnt
      from k
    )
    select 'score' as part, t.pct, t.total, null::text as cut_pct, null::text as at, null::text as id, count(*)::int as n
    from t group by t.pct, t.total
    union all
    select case when t.rk = t.cnt / 3 then 'low' else 'high' end, t.pct, t.total, t.pct::text, t.submitted_at::text,
      t.id::text, 1
    from t where t.cnt >= 3 and (t.rk = t.cnt / 3 or t.rk = t.cnt - t.cnt / 3 + 1)`);
  const cut = (part: "low" | "high"): Cut | null => {
    const row = rows.rows.find((r) => r.part === part);
    return row?.cut_pct && row.at && row.id ? { pct: row.cut_pct, at: row.at, id: row.id } : null;
  };
  const low = cut("low");
  const high = cut("high");
  return {
    score: rows.rows.filter((r) => r.part === "score"),
    cuts: low && high ? { low, high } : null,
  };
}

const key = (cut: Cut) => sql`(${cut.pct}::float8, ${cut.at}::timestamptz, ${cut.id}::uuid)`;

/**
 * One statement: the revision's submitted responses in scope, grouped in the order of their
 * covering index (percent, question, mark, attempt points, choice mask), so the grouping
 * streams; then every cell gets its third by its attempt's percent. Only the attempts at the
 * two cut percents need their submission time and id to say which side of the cut they are
 * on: they are a range of the same index, ranked row by row. Then the histograms item
 * analysis needs: (question, mark, rest-of-quiz score) and (question, third, choice mask).
 */
async function responseHistograms(
  tx: Executor,
  where: SQL,
  cuts: { low: Cut; high: Cut } | null,
): Promise<HistogramRow[]> {
  const cells = cuts
    ? sql`
      select f.question_id, f.earned, f.total, f.mask,
        case when f.pct < ${cuts.low.pct}::float8 then -1 when f.pct > ${cuts.high.pct}::float8 then 1 else 0 end as grp, f.n
      from fine f where f.pct <> ${cuts.low.pct}::float8 and f.pct <> ${cuts.high.pct}::float8
      union all
      select r.question_id, r.earned, r.attempt_points, r.choice_mask,
        case when (r.attempt_percent, r.submitted_at, r.attempt_id) <= ${key(cuts.low)} then -1
          when (r.attempt_percent, r.submitted_at, r.attempt_id) >= ${key(cuts.high)} then 1 else 0 end,
        1
      from attempt_responses r
      where ${where} and r.attempt_percent in (${cuts.low.pct}::float8, ${cuts.high.pct}::float8)`
    : sql`select f.question_id, f.earned, f.total, f.mask, 0 as grp, f.n from fine f`;
  // Tens of thousands of cells: as one JSON value they arrive ~3x faster than as rows (the
  // driver builds an object per row), and float8 text round-trips exactly either way.
  const rows = await tx.execute<{
    cells: [0 | 1, string, number | null, number | null, number | null, number | null, number][];
  }>(sql`
    with fine as (
      select r.attempt_percent as pct, r.question_id, r.earned, r.attempt_points as total,
        r.choice_mask as mask, count(*)::int as n
      from attempt_responses r
      where ${where}
      group by r.attempt_percent, r.question_id, r.earned, r.attempt_points, r.choice_mask
    ),
    cells as (${cells}),
    h as (
      select grouping(c.earned) as choice, c.question_id, c.earned as x, (c.total - c.earned) as y,
        c.grp::int as grp, c.mask, sum(c.n)::int as n
      from cells c
      group by grouping sets ((c.question_id, c.earned, (c.total - c.earned)), (c.question_id, c.grp, c.mask))
    )
    select coalesce(json_agg(json_build_array(h.choice, h.question_id, h.x, h.y, h.grp, h.mask, h.n)), '[]'::json) as cells
    from h`);
  return (rows.rows[0]?.cells ?? []).map(([choice, questionId, x, y, grp, mask, n]) => ({
    part: choice === 1 ? "choice" : "joint",
    question_id: questionId,
    x,
    y,
    grp,
    mask,
    n,
  }));
}

/**
 * The histograms item analysis is computed from (decision 0049): attempt scores, and per
 * question (mark, rest-of-quiz score) and (third by quiz score, choice mask). One read of the
 * counted attempts' index, then one scan of the revision's response rows, which carry their
 * attempt's score: no join, except with the counted attempts when only the first, last or
 * highest attempt per learner counts. Both in one snapshot.
 */
export async function itemHistograms(
  db: Database,
  scope: ResultsScope,
  revisionId: string,
): Promise<HistogramRow[]> {
  const counted = countedAttempts(
    scope,
    sql`a.quiz_revision_id = ${revisionId}::uuid`,
    sql`a.id, a.points, a.max_points, a.submitted_at`,
  );
  const where: SQL[] = [
    sql`r.quiz_revision_id = ${revisionId}::uuid`,
    // Submitted responses only (an open attempt's saved answers carry no score): the index's predicate.
    sql`r.attempt_percent is not null`,
  ];
  if (scope.from) where.push(sql`r.submitted_at >= ${scope.from.toISOString()}::timestamptz`);
  if (scope.until) where.push(sql`r.submitted_at < ${scope.until.toISOString()}::timestamptz`);
  if (scope.selection !== "all") where.push(sql`r.attempt_id in (select k.id from (${counted}) k)`);
  return db.transaction(
    async (tx) => {
      // The counted attempts (first/last/highest) are estimated at 200 rows, so the planner would
      // probe the responses once per attempt; hashing them and scanning the revision once is far
      // cheaper. Sorting ~100,000 ranked attempts wants more than the default 4 MB.
      await tx.execute(sql`set local enable_nestloop = off`);
      await tx.execute(sql`set local work_mem = '64MB'`);
      const ranked = await rankAttempts(tx, counted);
      const responses = await responseHistograms(tx, sql.join(where, sql` and `), ranked.cuts);
      const score: HistogramRow[] = ranked.score.map((r) => ({
        part: "score",
        question_id: null,
        x: r.pct,
        y: r.total,
        grp: null,
        mask: null,
        n: r.n,
      }));
      return [...score, ...responses];
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}
