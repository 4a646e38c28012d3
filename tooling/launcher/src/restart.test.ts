import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
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

describe("running the run command twice in a row", () => {
  it("loads the built-in course once and duplicates nothing", async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "soleus-restart-"));
    const ports = reservePorts();
    const snapshots: Record<string, string>[] = [];
    for (let run = 0; run < 2; run += 1) {
      const product = launch({ ...portEnv(ports), SOLEUS_DATA_DIR: dataDir });
      await product.ready;
      expect(product.output()).toMatch(run === 0 ? /seed: the-second-heart: \d+ new/ : /seed: the-second-heart already up to date/);
      snapshots.push(await contentCounts(dataDir, ports.db));
      product.child.kill("SIGINT");
      expect(await product.exited).toBe(0);
    }
    expect(Number(snapshots[0]?.lessons)).toBeGreaterThanOrEqual(7);
    expect(snapshots[1]).toEqual(snapshots[0]);
  });
});
