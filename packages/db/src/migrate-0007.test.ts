import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase, migrationsFolder } from "./migrate";
import { createTestDatabase, type TestDatabase } from "./testing/test-database";

/**
 * Migration 0007 on a database as it was before it (the imported course and a learner's attempt):
 * lesson order moves into the course revisions, the quiz link is kept once on the lesson
 * revisions, published revisions get their publication rows, and no attempt is lost.
 */
let database: TestDatabase;
let before0007: string;

beforeAll(async () => {
  before0007 = await mkdtemp(join(tmpdir(), "soleus-migrations-"));
  await cp(migrationsFolder, before0007, { recursive: true });
  const journalPath = join(before0007, "meta", "_journal.json");
  const journal = JSON.parse(await readFile(journalPath, "utf8")) as { entries: { idx: number }[] };
  journal.entries = journal.entries.filter((entry) => entry.idx < 7);
  await writeFile(journalPath, JSON.stringify(journal));
  database = await createTestDatabase(undefined, { migrationsFolder: before0007 });
});
afterAll(async () => {
  await database.destroy();
  await rm(before0007, { recursive: true, force: true });
});

const ids = {
  user: "00000000-0000-4000-8000-000000000001",
  course: "00000000-0000-4000-8000-000000000002",
  courseRevision: "00000000-0000-4000-8000-000000000003",
  first: "00000000-0000-4000-8000-000000000004",
  second: "00000000-0000-4000-8000-000000000005",
  firstRevision: "00000000-0000-4000-8000-000000000006",
  secondRevision: "00000000-0000-4000-8000-000000000007",
  quiz: "00000000-0000-4000-8000-000000000008",
  quizRevision: "00000000-0000-4000-8000-000000000009",
  attempt: "00000000-0000-4000-8000-00000000000a",
};

describe(`migration 0007 on existing data (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("keeps order, quiz links, attempts, and records who published", async () => {
    const db = database.db;
    await db.execute(
      sql.raw(`
      insert into users (id, email, role) values ('${ids.user}', 'learner@example.org', 'learner');
      insert into courses (id, slug) values ('${ids.course}', 'old-course');
      insert into course_revisions (id, course_id, revision, title, summary, audience, minutes, objectives, source, content_hash)
        values ('${ids.courseRevision}', '${ids.course}', 1, 'Old', 'S', 'A', 10, '[]', 'import', 'h');
      update courses set published_revision_id = '${ids.courseRevision}' where id = '${ids.course}';
      -- "b-second" comes first by position although it sorts second by slug.
      insert into lessons (id, course_id, slug, position) values
        ('${ids.first}', '${ids.course}', 'a-first', 1), ('${ids.second}', '${ids.course}', 'b-second', 0);
      insert into lesson_revisions (id, lesson_id, revision, title, summary, minutes, objectives, body_markdown, quiz_slug, source, content_hash) values
        ('${ids.firstRevision}', '${ids.first}', 1, 'First', 'S', 5, '[]', 'Body', null, 'import', 'h1'),
        ('${ids.secondRevision}', '${ids.second}', 1, 'Second', 'S', 5, '[]', 'Body', 'b-check', 'import', 'h2');
      update lessons set published_revision_id = '${ids.firstRevision}' where id = '${ids.first}';
      update lessons set published_revision_id = '${ids.secondRevision}' where id = '${ids.second}';
      insert into quizzes (id, course_id, slug, kind, lesson_id) values ('${ids.quiz}', '${ids.course}', 'a-check', 'lesson_check', '${ids.first}');
      insert into quiz_revisions (id, quiz_id, revision, title, pass_percent, settings, questions, source, content_hash)
        values ('${ids.quizRevision}', '${ids.quiz}', 1, 'Check', 70, '{}', '[]', 'import', 'hq');
      update quizzes set published_revision_id = '${ids.quizRevision}' where id = '${ids.quiz}';
      insert into quiz_attempts (id, user_id, quiz_id, quiz_revision_id, attempt_number, seed, state, started_at)
        values ('${ids.attempt}', '${ids.user}', '${ids.quiz}', '${ids.quizRevision}', 1, 's', '{}', now());
    `),
    );

    await migrateDatabase(database.url);

    const order = await db.execute<{ lesson_id: string; position: number }>(
      sql`select lesson_id, position from course_revision_lessons where course_revision_id = ${ids.courseRevision} order by position`,
    );
    expect(order.rows.map((row) => row.lesson_id)).toEqual([ids.second, ids.first]);
    const links = await db.execute<{ id: string; quiz_slug: string | null }>(
      sql`select id, quiz_slug from lesson_revisions order by id`,
    );
    expect(links.rows).toEqual([
      { id: ids.firstRevision, quiz_slug: "a-check" },
      { id: ids.secondRevision, quiz_slug: "b-check" },
    ]);
    const publications = await db.execute<{ kind: string; revision_id: string }>(
      sql`select kind, revision_id from content_publications order by kind, revision_id`,
    );
    expect(publications.rows).toEqual([
      { kind: "course", revision_id: ids.courseRevision },
      { kind: "lesson", revision_id: ids.firstRevision },
      { kind: "lesson", revision_id: ids.secondRevision },
      { kind: "quiz", revision_id: ids.quizRevision },
    ]);
    const attempts = await db.execute<{ id: string; quiz_revision_id: string }>(
      sql`select id, quiz_revision_id from quiz_attempts`,
    );
    expect(attempts.rows).toEqual([{ id: ids.attempt, quiz_revision_id: ids.quizRevision }]);
  });
});
