import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@soleus/auth/db-types";
import { countedAttempts, uuidArray, type ResultsScope } from "./filter";

export interface OverviewTotals {
  /** Learners with at least one counted attempt. */
  learners: number;
  /** Counted submitted attempts. */
  attempts: number;
  /** Learners who started an attempt in scope (open or submitted). */
  learnersStarted: number;
  /** Percent of learnersStarted who submitted at least one attempt; null with nobody. */
  completionRate: number | null;
  /** Percent of counted attempts that passed; null without attempts. */
  passRate: number | null;
  meanPercent: number | null;
  medianPercent: number | null;
  /** Time from start to submission, in seconds. */
  meanSeconds: number | null;
  medianSeconds: number | null;
}

export interface OverviewWeek extends Omit<OverviewTotals, "learnersStarted" | "completionRate"> {
  /** Monday of the ISO week, YYYY-MM-DD (UTC). */
  weekStart: string;
}

export interface OverviewQuiz extends Omit<OverviewTotals, "learnersStarted" | "completionRate"> {
  quizId: string;
  courseId: string;
  slug: string;
  kind: "lesson_check" | "final";
  /** Title of the published revision (or the newest one). */
  title: string;
  passPercent: number;
}

export interface Overview {
  totals: OverviewTotals;
  weekly: OverviewWeek[];
  quizzes: OverviewQuiz[];
}

type AggRow = {
  learners: number;
  attempts: number;
  pass_rate: number | null;
  mean_percent: number | null;
  median_percent: number | null;
  mean_seconds: number | null;
  median_seconds: number | null;
};

const aggregates = sql`
  count(distinct k.user_id)::int as learners,
  count(*)::int as attempts,
  (100.0 * avg(case when k.passed then 1.0 else 0.0 end))::float8 as pass_rate,
  avg(k.percent)::float8 as mean_percent,
  percentile_cont(0.5) within group (order by k.percent)::float8 as median_percent,
  avg(extract(epoch from (k.submitted_at - k.started_at)))::float8 as mean_seconds,
  percentile_cont(0.5) within group (order by extract(epoch from (k.submitted_at - k.started_at)))::float8 as median_seconds`;

const totalsOf = (row: AggRow | undefined) => ({
  learners: row?.learners ?? 0,
  attempts: row?.attempts ?? 0,
  passRate: row?.pass_rate ?? null,
  meanPercent: row?.mean_percent ?? null,
  medianPercent: row?.median_percent ?? null,
  meanSeconds: row?.mean_seconds ?? null,
  medianSeconds: row?.median_seconds ?? null,
});

/** Course and quiz overview: totals, ISO-week trend and one line per quiz, all from SQL. */
export async function computeOverview(db: Executor, scope: ResultsScope): Promise<Overview> {
  const counted = countedAttempts(scope);
  const [totals, weekly, perQuiz, started] = await Promise.all([
    db.execute<AggRow>(sql`select ${aggregates} from (${counted}) k`),
    db.execute<AggRow & { week_start: string }>(sql`
      select to_char(date_trunc('week', k.submitted_at at time zone 'UTC'), 'YYYY-MM-DD') as week_start, ${aggregates}
      from (${counted}) k group by 1 order by 1`),
    db.execute<
      AggRow & {
        quiz_id: string;
        course_id: string;
        slug: string;
        kind: OverviewQuiz["kind"];
        title: string;
        pass_percent: number;
      }
    >(sql`
      with agg as (select k.quiz_id, ${aggregates} from (${counted}) k group by k.quiz_id)
      select q.id as quiz_id, q.course_id, q.slug, q.kind, rev.title, rev.pass_percent,
        coalesce(agg.learners, 0) as learners, coalesce(agg.attempts, 0) as attempts,
        agg.pass_rate, agg.mean_percent, agg.median_percent, agg.mean_seconds, agg.median_seconds
      from quizzes q
      left join agg on agg.quiz_id = q.id
      cross join lateral (
        select r.title, r.pass_percent from quiz_revisions r
        where r.quiz_id = q.id order by (r.id = q.published_revision_id) desc, r.revision desc limit 1
      ) rev
      where q.course_id = any(${uuidArray(scope.courseIds)})
        ${scope.quizId ? sql`and q.id = ${scope.quizId}::uuid` : sql``}
      order by q.course_id, q.kind desc, q.slug`),
    db.execute<{ started: number; completed: number }>(sql`
      select count(distinct a.user_id)::int as started,
        count(distinct a.user_id) filter (where a.status = 'submitted')::int as completed
      from quiz_attempts a join quizzes q on q.id = a.quiz_id
      where q.course_id = any(${uuidArray(scope.courseIds)})
        ${scope.quizId ? sql`and a.quiz_id = ${scope.quizId}::uuid` : sql``}
        ${scope.quizRevisionId ? sql`and a.quiz_revision_id = ${scope.quizRevisionId}::uuid` : sql``}
        ${scope.from ? sql`and a.started_at >= ${scope.from.toISOString()}::timestamptz` : sql``}
        ${scope.until ? sql`and a.started_at < ${scope.until.toISOString()}::timestamptz` : sql``}`),
  ]);
  const s = started.rows[0];
  return {
    totals: {
      ...totalsOf(totals.rows[0]),
      learnersStarted: s?.started ?? 0,
      completionRate: s && s.started > 0 ? (100 * s.completed) / s.started : null,
    },
    weekly: weekly.rows.map((row) => ({ weekStart: row.week_start, ...totalsOf(row) })),
    quizzes: perQuiz.rows.map((row) => ({
      quizId: row.quiz_id,
      courseId: row.course_id,
      slug: row.slug,
      kind: row.kind,
      title: row.title,
      passPercent: row.pass_percent,
      ...totalsOf(row),
    })),
  };
}
