import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase, migrationsFolder } from "./migrate";
import { attemptScoreColumns } from "./results/response-columns";
import { createTestDatabase, type TestDatabase } from "./testing/test-database";

/**
 * Migration 0014 on a database as it was before it (decision 0049): every submitted response
 * row gets its attempt's points and percent — the percent equal, to the last bit, to what item
 * analysis ranks the attempt by and to what submit writes — and the saved rows of an open
 * attempt stay without them (so the item-analysis index leaves them out).
 */
let database: TestDatabase;
let before0014: string;

beforeAll(async () => {
  before0014 = await mkdtemp(join(tmpdir(), "soleus-migrations-"));
  await cp(migrationsFolder, before0014, { recursive: true });
  const journalPath = join(before0014, "meta", "_journal.json");
  const journal = JSON.parse(await readFile(journalPath, "utf8")) as { entries: { idx: number }[] };
  journal.entries = journal.entries.filter((entry) => entry.idx < 14);
  await writeFile(journalPath, JSON.stringify(journal));
  database = await createTestDatabase(undefined, { migrationsFolder: before0014 });
}, 180_000);
afterAll(async () => {
  await database.destroy();
  await rm(before0014, { recursive: true, force: true });
});

const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
const ids = { learner: id(1), course: id(10), quiz: id(30), revision: id(31) };
// Points and maximum chosen so that the percent's last bit depends on the order of operations:
// (100 × 1) / 3 and (1 / 3) × 100 differ.
const scores = [
  { attempt: id(101), points: 1, maxPoints: 3, status: "submitted" },
  { attempt: id(102), points: 2.5, maxPoints: 7, status: "submitted" },
  { attempt: id(103), points: 0, maxPoints: 0, status: "submitted" },
  { attempt: id(104), points: null, maxPoints: null, status: "open" },
] as const;

describe(`migration 0014 on existing data (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("copies each submitted attempt's points and percent onto its response rows, and nothing onto saved ones", async () => {
    const db = database.db;
    const literal = (v: number | null) => (v === null ? "null" : String(v));
    await db.execute(
      sql.raw(`
      insert into users (id, email, role) values ('${ids.learner}', 'learner@example.org', 'learner');
      insert into courses (id, slug) values ('${ids.course}', 'old-course');
      insert into quizzes (id, course_id, slug, kind) values ('${ids.quiz}', '${ids.course}', 'old-quiz', 'final');
      insert into quiz_revisions (id, quiz_id, revision, title, pass_percent, settings, questions, source, content_hash)
        values ('${ids.revision}', '${ids.quiz}', 1, 'Quiz', 70, '{}', '[]', 'import', 'hq');
      insert into quiz_attempts (id, user_id, quiz_id, quiz_revision_id, course_id, attempt_number, seed, status, state,
          started_at, submitted_at, points, max_points, percent, passed) values
        ${scores
          .map(
            (s, i) =>
              `('${s.attempt}', '${ids.learner}', '${ids.quiz}', '${ids.revision}', '${ids.course}', ${i + 1}, 's', '${s.status}', '{}',
                '2026-11-0${i + 1}T10:00:00Z', ${s.status === "submitted" ? `'2026-11-0${i + 1}T10:30:00Z'` : "null"},
                ${literal(s.points)}, ${literal(s.maxPoints)}, null, ${s.status === "submitted" ? "false" : "null"})`,
          )
          .join(",\n")};
      insert into attempt_responses (attempt_id, quiz_revision_id, question_id, earned, max, state, quiz_id, course_id, user_id, submitted_at) values
        ${scores
          .flatMap((s, i) =>
            ["q1", "q2"].map(
              (q) =>
                `('${s.attempt}', '${ids.revision}', '${q}', ${s.status === "submitted" ? "0.5" : "null"}, 1,
                  '${s.status === "submitted" ? "partial" : "saved"}', ${
                    s.status === "submitted"
                      ? `'${ids.quiz}', '${ids.course}', '${ids.learner}', '2026-11-0${i + 1}T10:30:00Z'`
                      : "null, null, null, null"
                  })`,
            ),
          )
          .join(",\n")};
    `),
    );

    await migrateDatabase(database.url);

    const rows = await db.execute<{
      attempt_id: string;
      question_id: string;
      attempt_points: number | null;
      attempt_percent: number | null;
      ranked_by: number | null;
    }>(sql`
      select r.attempt_id, r.question_id, r.attempt_points, r.attempt_percent,
        case when a.status = 'submitted' then coalesce(100 * a.points / nullif(a.max_points, 0), 0) end as ranked_by
      from attempt_responses r join quiz_attempts a on a.id = r.attempt_id
      order by r.attempt_id, r.question_id`);
    const expected = scores.flatMap((s) =>
      ["q1", "q2"].map((q) => {
        const copied =
          s.status === "submitted"
            ? attemptScoreColumns({ points: s.points, maxPoints: s.maxPoints })
            : null;
        return {
          attempt_id: s.attempt,
          question_id: q,
          attempt_points: copied?.attemptPoints ?? null,
          attempt_percent: copied?.attemptPercent ?? null,
          ranked_by: copied?.attemptPercent ?? null,
        };
      }),
    );
    expect(rows.rows).toEqual(expected);
    // Exactly: 100 / 3 is 33.333333333333336, not the 33.33333333333333 of (1 / 3) × 100.
    expect(rows.rows[0]?.attempt_percent).toBe(33.333333333333336);

    const indexed = await db.execute<{ indexdef: string }>(sql`
      select indexdef from pg_indexes where indexname = 'attempt_responses_revision_items_index'`);
    expect(indexed.rows[0]?.indexdef).toContain("WHERE (attempt_percent IS NOT NULL)");
  });
});
