import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@soleus/auth/db-types";
import { countedAttempts, uuidArray, type ResultsScope } from "./filter";

export interface LearnerRow {
  userId: string;
  name: string | null;
  email: string;
  /** Quizzes in scope with a counted attempt, and those passed at least once. */
  quizzesAttempted: number;
  quizzesPassed: number;
  /** Quizzes in scope (every quiz of the scope's courses, or the one quiz). */
  quizzesTotal: number;
  /** quizzesPassed as a percent of quizzesTotal. */
  progressPercent: number;
  attempts: number;
  bestPercent: number | null;
  /** Last submission in scope, ISO 8601. */
  lastActivity: string | null;
}

export interface LearnersPage {
  total: number;
  page: number;
  pageSize: number;
  rows: LearnerRow[];
}

/** Escape LIKE wildcards so a search is plain text. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Learners with counted attempts in scope, most recently active first, searchable, paged. */
export async function computeLearners(
  db: Executor,
  scope: ResultsScope,
  search: string | undefined,
  page: number,
  pageSize: number,
): Promise<LearnersPage> {
  const searchCondition = search
    ? sql`and (u.email ilike ${likePattern(search)} or u.name ilike ${likePattern(search)})`
    : sql``;
  const rows = await db.execute<{
    user_id: string;
    name: string | null;
    email: string;
    quizzes_attempted: number;
    quizzes_passed: number;
    quizzes_total: number;
    attempts: number;
    best_percent: number | null;
    last_activity: string | null;
    total: number;
  }>(sql`
    with k as (${countedAttempts(scope)}),
    per as (
      select k.user_id, count(distinct k.quiz_id)::int as quizzes_attempted,
        count(distinct k.quiz_id) filter (where k.passed)::int as quizzes_passed,
        count(*)::int as attempts, max(k.percent)::float8 as best_percent, max(k.submitted_at) as last_activity
      from k group by k.user_id
    ),
    total_quizzes as (
      select count(*)::int as n from quizzes q where q.course_id = any(${uuidArray(scope.courseIds)})
        ${scope.quizId ? sql`and q.id = ${scope.quizId}::uuid` : sql``}
    )
    select per.user_id, u.name, u.email, per.quizzes_attempted, per.quizzes_passed, tq.n as quizzes_total,
      per.attempts, per.best_percent, to_char(per.last_activity at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as last_activity,
      count(*) over ()::int as total
    from per join users u on u.id = per.user_id cross join total_quizzes tq
    where true ${searchCondition}
    order by per.last_activity desc, per.user_id
    limit ${pageSize} offset ${(page - 1) * pageSize}`);
  let total = rows.rows[0]?.total ?? 0;
  if (rows.rows.length === 0 && page > 1) {
    const count = await db.execute<{ n: number }>(sql`
      select count(*)::int as n from (select distinct k.user_id from (${countedAttempts(scope)}) k) p
      join users u on u.id = p.user_id where true ${searchCondition}`);
    total = count.rows[0]?.n ?? 0;
  }
  return {
    total,
    page,
    pageSize,
    rows: rows.rows.map((r) => ({
      userId: r.user_id,
      name: r.name,
      email: r.email,
      quizzesAttempted: r.quizzes_attempted,
      quizzesPassed: r.quizzes_passed,
      quizzesTotal: r.quizzes_total,
      progressPercent: r.quizzes_total === 0 ? 0 : (100 * r.quizzes_passed) / r.quizzes_total,
      attempts: r.attempts,
      bestPercent: r.best_percent,
      lastActivity: r.last_activity,
    })),
  };
}
