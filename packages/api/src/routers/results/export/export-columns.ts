import { sql, type SQL } from "drizzle-orm";
import { countedAttempts, type ResultsScope } from "../filter";

export const EXPORT_ROWS = ["attempts", "responses"] as const;
export type ExportRows = (typeof EXPORT_ROWS)[number];

/** Column names, in order, of each export. */
export const EXPORT_COLUMNS: Record<ExportRows, readonly string[]> = {
  attempts: [
    "attempt_id",
    "learner_id",
    "learner_email",
    "learner_name",
    "course",
    "quiz",
    "quiz_revision",
    "attempt_number",
    "started_at",
    "submitted_at",
    "seconds",
    "points",
    "max_points",
    "percent",
    "passed",
  ],
  responses: [
    "attempt_id",
    "learner_id",
    "learner_email",
    "course",
    "quiz",
    "quiz_revision",
    "attempt_number",
    "submitted_at",
    "question_id",
    "question_type",
    "status",
    "earned",
    "max",
    "chosen_options",
    "misconceptions",
    "objectives",
    "answer",
  ],
};

const iso = (column: string) =>
  sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

/**
 * The export's query: the filter's counted attempts (or their responses), with the columns
 * above as text-friendly values, oldest first. CSV on PostgreSQL is PostgreSQL's own COPY of
 * this statement; the benchmark compares it with psql's COPY of the same statement.
 */
export function exportQuery(scope: ResultsScope, rows: ExportRows, format: "csv" | "json"): SQL {
  // CSV says true/false as JSON does (COPY would write t/f; the cursor path gets the same text).
  const passed = format === "csv" ? sql`k.passed::text` : sql`k.passed`;
  const counted = countedAttempts(scope);
  if (rows === "attempts")
    return sql`
      select k.id as attempt_id, k.user_id as learner_id, u.email as learner_email, u.name as learner_name,
        c.slug as course, q.slug as quiz, r.revision as quiz_revision, k.attempt_number,
        ${iso("k.started_at")} as started_at, ${iso("k.submitted_at")} as submitted_at,
        round(extract(epoch from (k.submitted_at - k.started_at)))::int as seconds,
        k.points, k.max_points, k.percent, ${passed} as passed
      from (${counted}) k
      join users u on u.id = k.user_id
      join quizzes q on q.id = k.quiz_id
      join courses c on c.id = q.course_id
      join quiz_revisions r on r.id = k.quiz_revision_id
      order by k.submitted_at, k.id`;
  return sql`
    select k.id as attempt_id, k.user_id as learner_id, u.email as learner_email,
      c.slug as course, q.slug as quiz, rv.revision as quiz_revision, k.attempt_number,
      ${iso("k.submitted_at")} as submitted_at, r.question_id, r.question_type, r.state as status,
      r.earned, r.max, array_to_string(r.chosen_options, '; ') as chosen_options,
      array_to_string(r.misconceptions, '; ') as misconceptions,
      array_to_string(r.objectives, '; ') as objectives, r.answer_text as answer
    from (${counted}) k
    join attempt_responses r on r.attempt_id = k.id
    join users u on u.id = k.user_id
    join quizzes q on q.id = k.quiz_id
    join courses c on c.id = q.course_id
    join quiz_revisions rv on rv.id = k.quiz_revision_id
    order by k.submitted_at, k.id, r.question_id`;
}
