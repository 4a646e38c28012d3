import { mkdtempSync, readFileSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { publishDocument, readDocument, saveDraft } from "@soleus/db/authoring";
import { connectDatabase } from "@soleus/db/client";
import { embeddedDatabaseUrl, launch, portEnv, reservePorts } from "./testing/launch";

const countsQuery = `select
  (select count(*) from courses) as courses,
  (select count(*) from lessons) as lessons,
  (select count(*) from lesson_revisions) as lesson_revisions,
  (select count(*) from quizzes) as quizzes,
  (select count(*) from quiz_revisions) as quiz_revisions`;

async function contentCounts(dataDir: string, dbPort: number): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: embeddedDatabaseUrl(dataDir, dbPort) });
  await client.connect();
  try {
    return (await client.query<Record<string, string>>(countsQuery)).rows[0] ?? {};
  } finally {
    await client.end();
  }
}

const DRAFT_TITLE = "Everyday habits, as a coach rewrote it";
const PUBLISHED_TITLE = "Training the soleus, as a coach published it";

async function lessonIdBySlug(db: ReturnType<typeof connectDatabase>["db"], slug: string) {
  const row = await db.query.lessons.findFirst({ where: (table, { eq }) => eq(table.slug, slug) });
  if (!row) throw new Error(`no lesson ${slug}`);
  return row.id;
}

/**
 * What a coach does in the admin app, through the same authoring functions its API calls: one
 * built-in lesson gets a saved draft, another a published editor revision.
 */
async function coachEdits(dataDir: string, dbPort: number) {
  const handle = connectDatabase(embeddedDatabaseUrl(dataDir, dbPort), { maxConnections: 1 });
  try {
    const now = new Date();
    const drafted = await lessonIdBySlug(handle.db, "everyday-habits");
    const published = await lessonIdBySlug(handle.db, "training-the-soleus");
    await handle.db.transaction(async (tx) => {
      for (const [id, title] of [
        [drafted, DRAFT_TITLE],
        [published, PUBLISHED_TITLE],
      ] as const) {
        const state = await readDocument(tx, "lesson", id);
        if (!state?.content) throw new Error("lesson without content");
        await saveDraft(tx, {
          kind: "lesson",
          documentId: id,
          baseVersion: state.version,
          content: { ...state.content, title },
          userId: null,
          now,
        });
      }
      const toPublish = await readDocument(tx, "lesson", published);
      if (!toPublish) throw new Error("lesson vanished");
      await publishDocument(tx, {
        kind: "lesson",
        documentId: published,
        state: toPublish,
        userId: null,
        now,
      });
    });
    return { drafted, published };
  } finally {
    await handle.close();
  }
}

/** The lesson's draft title and published title, as the admin app and learner site read them. */
async function lessonTitles(dataDir: string, dbPort: number, id: string) {
  const handle = connectDatabase(embeddedDatabaseUrl(dataDir, dbPort), { maxConnections: 1 });
  try {
    const state = await readDocument(handle.db, "lesson", id);
    return { draft: state?.content?.title, published: state?.published?.content.title };
  } finally {
    await handle.close();
  }
}

async function waitFor<T>(probe: () => T | null | undefined, withinMs = 5_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const found = probe();
    if (found) return found;
    if (Date.now() - started > withinMs) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("running the run command twice in a row", () => {
  it("loads the built-in course once, duplicates nothing, keeps a coach's edits, and prints a new setup code each time", async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "soleus-restart-"));
    const ports = reservePorts();
    const snapshots: Record<string, string>[] = [];
    const setupCodes: string[] = [];
    let edited: { drafted: string; published: string } | undefined;
    for (let run = 0; run < 2; run += 1) {
      const product = launch({ ...portEnv(ports), SOLEUS_DATA_DIR: dataDir });
      await product.ready;
      expect(product.output()).toMatch(
        run === 0 ? /seed: the-second-heart: \d+ new/ : /seed: the-second-heart already up to date/,
      );
      // No admin yet: every start prints a fresh one-time code and keeps it (owner-only) in the data directory.
      await waitFor(() =>
        /first-admin setup code: ([A-Z2-9]{4}-[A-Z2-9]{4}), open (\S+)/.exec(product.output()),
      );
      const [, code, address] =
        /first-admin setup code: ([A-Z2-9]{4}-[A-Z2-9]{4}), open (\S+)/.exec(product.output()) ??
        [];
      expect(address).toBe(`http://127.0.0.1:${ports.admin}/setup`);
      expect(readFileSync(path.join(dataDir, "setup-code"), "utf8").trim()).toBe(code);
      setupCodes.push(code ?? "");
      if (run === 0) {
        // A coach edits two built-in lessons before the next start.
        edited = await coachEdits(dataDir, ports.db);
      } else if (edited) {
        expect(await lessonTitles(dataDir, ports.db, edited.drafted)).toMatchObject({
          draft: DRAFT_TITLE,
        });
        expect(await lessonTitles(dataDir, ports.db, edited.published)).toEqual({
          draft: PUBLISHED_TITLE,
          published: PUBLISHED_TITLE,
        });
      }
      snapshots.push(await contentCounts(dataDir, ports.db));
      product.child.kill("SIGINT");
      expect(await product.exited).toBe(0);
    }
    expect(Number(snapshots[0]?.lessons)).toBeGreaterThanOrEqual(7);
    expect(snapshots[1]).toEqual(snapshots[0]);
    expect(setupCodes[1]).not.toBe(setupCodes[0]);
    for (const secret of ["setup-code", "db-password", "auth-secret"]) {
      expect(statSync(path.join(dataDir, secret)).mode & 0o777).toBe(0o600);
    }
  });
});
