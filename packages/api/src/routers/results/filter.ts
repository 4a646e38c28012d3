import "server-only";
import { TRPCError } from "@trpc/server";
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@soleus/auth/db-types";
import type { SessionUser } from "@soleus/auth/session";
import { NOT_YOUR_COURSE } from "../../trpc/course-access";

/** Which of a learner's attempts at a quiz count: as the quiz engine's matrixFromAttempts. */
export const ATTEMPT_SELECTIONS = ["first", "last", "highest", "all"] as const;
export type AttemptSelection = (typeof ATTEMPT_SELECTIONS)[number];

const day = z.iso.date("Use a date like 2026-03-31.");

/**
 * The one filter every results view and the export take. Every field is optional: no course
 * means every course the caller may review; dates are whole UTC days, both ends included.
 * Views that need more (a page, a search) extend it. resolveScope checks what a shape cannot:
 * a revision needs its quiz, and `from` must not be after `to` (BAD_REQUEST).
 */
export const resultsFilterSchema = z.strictObject({
  courseId: z.uuid("That is not a valid course id.").optional(),
  quizId: z.uuid("That is not a valid quiz id.").optional(),
  quizRevisionId: z.uuid("That is not a valid quiz revision id.").optional(),
  from: day.optional(),
  to: day.optional(),
  attempts: z.enum(ATTEMPT_SELECTIONS).default("all"),
});
export type ResultsFilter = z.input<typeof resultsFilterSchema>;
export type ParsedResultsFilter = z.output<typeof resultsFilterSchema>;

/** The filter checked against the caller's access, with the courses it covers. */
export interface ResultsScope {
  /** Courses in scope, sorted (never empty for a coach: a coach without courses gets []). */
  courseIds: string[];
  quizId: string | null;
  quizRevisionId: string | null;
  from: Date | null;
  /** Exclusive: the day after `to`. */
  until: Date | null;
  selection: AttemptSelection;
  filter: ParsedResultsFilter;
}

const forbidden = () => new TRPCError({ code: "FORBIDDEN", message: NOT_YOUR_COURSE });

/** Courses the user may review: admins all, coaches own or assigned, everyone else none. */
async function reviewableCourseIds(db: Executor, user: SessionUser): Promise<string[]> {
  if (user.role === "admin") {
    const rows = await db.execute<{ id: string }>(sql`select id from courses order by id`);
    return rows.rows.map((r) => r.id);
  }
  if (user.role !== "coach") return [];
  const rows = await db.execute<{ id: string }>(sql`
    select c.id from courses c
    where c.owner_id = ${user.id}
       or exists (select 1 from course_coaches cc where cc.course_id = c.id and cc.user_id = ${user.id})
    order by c.id`);
  return rows.rows.map((r) => r.id);
}

/**
 * Checks the filter against what the caller may see. A course, quiz or revision the caller
 * may not review, or that does not exist, is FORBIDDEN / NOT_FOUND without telling which.
 */
export async function resolveScope(
  db: Executor,
  user: SessionUser,
  filter: ParsedResultsFilter,
): Promise<ResultsScope> {
  if (filter.quizRevisionId && !filter.quizId)
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "Choose the quiz when you choose one of its revisions.",
    });
  if (filter.from && filter.to && filter.from > filter.to)
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "The start date must not be after the end date.",
    });
  const allowed = await reviewableCourseIds(db, user);
  let courseIds = allowed;
  if (filter.quizId) {
    const found = await db.execute<{ course_id: string; revision_ok: boolean }>(sql`
      select q.course_id,
        (${filter.quizRevisionId ?? null}::uuid is null or exists (
          select 1 from quiz_revisions r where r.id = ${filter.quizRevisionId ?? null}::uuid and r.quiz_id = q.id)) as revision_ok
      from quizzes q where q.id = ${filter.quizId}`);
    const row = found.rows[0];
    if (!row || !allowed.includes(row.course_id)) throw forbidden();
    if (filter.courseId && filter.courseId !== row.course_id)
      throw new TRPCError({ code: "BAD_REQUEST", message: "That quiz is not in that course." });
    if (!row.revision_ok)
      throw new TRPCError({ code: "NOT_FOUND", message: "That quiz has no such revision." });
    courseIds = [row.course_id];
  } else if (filter.courseId) {
    if (!allowed.includes(filter.courseId)) {
      if (user.role === "admin")
        throw new TRPCError({ code: "NOT_FOUND", message: "There is no such course." });
      throw forbidden();
    }
    courseIds = [filter.courseId];
  } else if (user.role !== "admin" && user.role !== "coach") {
    throw forbidden();
  }
  const until = filter.to ? new Date(Date.parse(`${filter.to}T00:00:00Z`) + 86_400_000) : null;
  return {
    courseIds,
    quizId: filter.quizId ?? null,
    quizRevisionId: filter.quizRevisionId ?? null,
    from: filter.from ? new Date(`${filter.from}T00:00:00Z`) : null,
    until,
    selection: filter.attempts,
    filter,
  };
}

/** `uuid[]` literal parameter for `= any(...)`. */
export const uuidArray = (ids: readonly string[]): SQL => sql`${`{${ids.join(",")}}`}::uuid[]`;

/** WHERE conditions on `quiz_attempts` alias `a` for the scope's submitted attempts. */
export function attemptConditions(scope: ResultsScope): SQL {
  const parts: SQL[] = [
    sql`a.status = 'submitted'`,
    sql`a.course_id = any(${uuidArray(scope.courseIds)})`,
  ];
  if (scope.quizId) parts.push(sql`a.quiz_id = ${scope.quizId}::uuid`);
  if (scope.quizRevisionId) parts.push(sql`a.quiz_revision_id = ${scope.quizRevisionId}::uuid`);
  if (scope.from) parts.push(sql`a.submitted_at >= ${scope.from.toISOString()}::timestamptz`);
  if (scope.until) parts.push(sql`a.submitted_at < ${scope.until.toISOString()}::timestamptz`);
  return sql.join(parts, sql` and `);
}

const COUNTED_COLUMNS = sql`a.id, a.user_id, a.quiz_id, a.quiz_revision_id, a.attempt_number, a.points,
    a.max_points, a.percent, a.passed, a.started_at, a.submitted_at`;

/**
 * The counted attempts as a subquery over `quiz_attempts a`: all of them, or per learner and
 * quiz the first, last or highest-scoring one (ties: the earlier attempt), as the engine.
 * `extra` narrows further (e.g. one revision for item analysis); `columns` picks fewer columns
 * (of `a`) than the default, e.g. only what an index covers.
 */
export function countedAttempts(scope: ResultsScope, extra?: SQL, columns = COUNTED_COLUMNS): SQL {
  const where = extra ? sql`${attemptConditions(scope)} and ${extra}` : attemptConditions(scope);
  switch (scope.selection) {
    case "all":
      return sql`select ${columns} from quiz_attempts a where ${where}`;
    case "first":
      return sql`select distinct on (a.user_id, a.quiz_id) ${columns} from quiz_attempts a where ${where}
        order by a.user_id, a.quiz_id, a.attempt_number asc`;
    case "last":
      return sql`select distinct on (a.user_id, a.quiz_id) ${columns} from quiz_attempts a where ${where}
        order by a.user_id, a.quiz_id, a.attempt_number desc`;
    case "highest":
      return sql`select distinct on (a.user_id, a.quiz_id) ${columns} from quiz_attempts a where ${where}
        order by a.user_id, a.quiz_id, a.percent desc, a.attempt_number asc`;
  }
}
