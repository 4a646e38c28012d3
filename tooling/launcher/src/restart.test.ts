import { mkdtempSync, readFileSync, statSync } from "node:fs";
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
  it("loads the built-in course once, duplicates nothing, and prints a new setup code each time", async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "soleus-restart-"));
    const ports = reservePorts();
    const snapshots: Record<string, string>[] = [];
    const setupCodes: string[] = [];
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
