import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase, migrationsFolder } from "./migrate";
import { createTestDatabase, type TestDatabase } from "./testing/test-database";

/**
 * Migration 0010 on a database as it was before it: a learner who passed a lesson's check
 * before "passing completes the lesson" (decision 0039) gets that lesson completed at the first
 * pass; a failed check, a check no published lesson links to, and a completion already
 * recorded are left as they are.
 */
let database: TestDatabase;
let before0010: string;

beforeAll(async () => {
  before0010 = await mkdtemp(join(tmpdir(), "soleus-migrations-"));
  await cp(migrationsFolder, before0010, { recursive: true });
  const journalPath = join(before0010, "meta", "_journal.json");
  const journal = JSON.parse(await readFile(journalPath, "utf8")) as { entries: { idx: number }[] };
  journal.entries = journal.entries.filter((entry) => entry.idx < 10);
  await writeFile(journalPath, JSON.stringify(journal));
  database = await createTestDatabase(undefined, { migrationsFolder: before0010 });
});
afterAll(async () => {
  await database.destroy();
  await rm(before0010, { recursive: true, force: true });
});

const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
const ids = {
  passer: id(1),
  failer: id(2),
  reader: id(3),
  course: id(10),
  courseRevision: id(11),
  linked: id(20),
  linkedRevision: id(21),
  unlinked: id(22),
  unlinkedRevision: id(23),
  check: id(30),
  checkRevision: id(31),
  orphanCheck: id(32),
  orphanRevision: id(33),
};

let attemptNumber = 0;
function attempt(user: string, quiz: string, revision: string, passed: boolean, day: number) {
  attemptNumber += 1;
  const at = `2026-11-${String(day).padStart(2, "0")}T10:00:00Z`;
  return `('${id(100 + attemptNumber)}', '${user}', '${quiz}', '${revision}', '${ids.course}', ${attemptNumber}, 's', 'submitted', '{}', '${at}', '${at}', ${passed ? 90 : 40}, ${passed})`;
}

describe(`migration 0010 on existing data (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("completes lessons whose check was passed before, at the first pass, and nothing else", async () => {
    const db = database.db;
    await db.execute(
      sql.raw(`
      insert into users (id, email, role) values
        ('${ids.passer}', 'passer@example.org', 'learner'),
        ('${ids.failer}', 'failer@example.org', 'learner'),
        ('${ids.reader}', 'reader@example.org', 'learner');
      insert into courses (id, slug) values ('${ids.course}', 'old-course');
      insert into course_revisions (id, course_id, revision, title, summary, audience, minutes, objectives, source, content_hash)
        values ('${ids.courseRevision}', '${ids.course}', 1, 'Old', 'S', 'A', 10, '[]', 'import', 'h');
      update courses set published_revision_id = '${ids.courseRevision}' where id = '${ids.course}';
      insert into lessons (id, course_id, slug) values
        ('${ids.linked}', '${ids.course}', 'linked'), ('${ids.unlinked}', '${ids.course}', 'unlinked');
      insert into lesson_revisions (id, lesson_id, revision, title, summary, minutes, objectives, body_markdown, quiz_slug, source, content_hash) values
        ('${ids.linkedRevision}', '${ids.linked}', 1, 'Linked', 'S', 5, '[]', 'Body', 'linked-check', 'import', 'h1'),
        ('${ids.unlinkedRevision}', '${ids.unlinked}', 1, 'Unlinked', 'S', 5, '[]', 'Body', null, 'import', 'h2');
      update lessons set published_revision_id = '${ids.linkedRevision}' where id = '${ids.linked}';
      update lessons set published_revision_id = '${ids.unlinkedRevision}' where id = '${ids.unlinked}';
      insert into course_revision_lessons (course_revision_id, lesson_id, position) values
        ('${ids.courseRevision}', '${ids.linked}', 0), ('${ids.courseRevision}', '${ids.unlinked}', 1);
      insert into quizzes (id, course_id, slug, kind) values
        ('${ids.check}', '${ids.course}', 'linked-check', 'lesson_check'),
        ('${ids.orphanCheck}', '${ids.course}', 'orphan-check', 'lesson_check');
      insert into quiz_revisions (id, quiz_id, revision, title, pass_percent, settings, questions, source, content_hash) values
        ('${ids.checkRevision}', '${ids.check}', 1, 'Check', 70, '{}', '[]', 'import', 'hq'),
        ('${ids.orphanRevision}', '${ids.orphanCheck}', 1, 'Orphan', 70, '{}', '[]', 'import', 'ho');
      update quizzes set published_revision_id = '${ids.checkRevision}' where id = '${ids.check}';
      update quizzes set published_revision_id = '${ids.orphanRevision}' where id = '${ids.orphanCheck}';
      insert into quiz_attempts (id, user_id, quiz_id, quiz_revision_id, course_id, attempt_number, seed, status, state, started_at, submitted_at, percent, passed) values
        ${[
          attempt(ids.passer, ids.check, ids.checkRevision, false, 3),
          attempt(ids.passer, ids.check, ids.checkRevision, true, 5),
          attempt(ids.passer, ids.check, ids.checkRevision, true, 9),
          attempt(ids.passer, ids.orphanCheck, ids.orphanRevision, true, 6),
          attempt(ids.failer, ids.check, ids.checkRevision, false, 4),
          attempt(ids.reader, ids.check, ids.checkRevision, true, 8),
        ].join(",\n")};
      -- The reader marked the lesson complete before passing its check: that date stays.
      insert into lesson_progress (user_id, lesson_id, completed_at) values ('${ids.reader}', '${ids.linked}', '2026-11-02T09:00:00Z');
    `),
    );

    await migrateDatabase(database.url);

    const progress = await db.execute<{
      user_id: string;
      lesson_id: string;
      completed_at: unknown;
    }>(
      sql`select user_id, lesson_id, completed_at from lesson_progress order by user_id, lesson_id`,
    );
    expect(
      progress.rows.map((row) => ({
        user: row.user_id,
        lesson: row.lesson_id,
        at: new Date(row.completed_at as string).toISOString(),
      })),
    ).toEqual([
      { user: ids.passer, lesson: ids.linked, at: "2026-11-05T10:00:00.000Z" },
      { user: ids.reader, lesson: ids.linked, at: "2026-11-02T09:00:00.000Z" },
    ]);
  });
});
