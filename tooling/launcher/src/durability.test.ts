import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { embeddedDatabaseUrl, launch, portEnv, reservePorts } from "./testing/launch";

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

describe("stopping the run command mid-write", () => {
  it.each(["SIGTERM", "SIGINT"] as const)(
    "keeps every committed row after %s and opens again",
    async (signal) => {
      const dataDir = mkdtempSync(path.join(os.tmpdir(), "soleus-durability-"));
      const ports = reservePorts();
      const first = launch({ ...portEnv(ports), SOLEUS_DATA_DIR: dataDir });
      await first.ready;

      let committed = 0;
      const writer = withClient(embeddedDatabaseUrl(dataDir, ports.db), async (client) => {
        await client.query(
          "create table if not exists durability_probe (n integer primary key, note text)",
        );
        // Write until the server goes away; count only what the server confirmed.
        for (let n = 1; n <= 100_000; n += 1) {
          try {
            await client.query("insert into durability_probe values ($1, repeat('x', 200))", [n]);
            committed = n;
          } catch {
            return;
          }
        }
      });
      while (committed < 50) await new Promise((resolve) => setTimeout(resolve, 20));
      first.child.kill(signal);
      expect(await first.exited).toBe(0);
      await writer;
      expect(first.output()).toContain("stopped cleanly");

      const second = launch({ ...portEnv(ports), SOLEUS_DATA_DIR: dataDir });
      try {
        await second.ready;
        const rows = await withClient(embeddedDatabaseUrl(dataDir, ports.db), (client) =>
          client.query<{ count: string; max: number }>(
            "select count(*), max(n) from durability_probe",
          ),
        );
        expect(Number(rows.rows[0]?.count)).toBeGreaterThanOrEqual(committed);
        expect(Number(rows.rows[0]?.count)).toBe(rows.rows[0]?.max);
      } finally {
        second.child.kill("SIGTERM");
        await second.exited;
      }
    },
  );
});
