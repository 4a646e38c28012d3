import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./server";

let embedded: EmbeddedDatabase;
beforeAll(async () => {
  embedded = await startEmbeddedDatabase({
    port: 0,
    limits: { idleInTransactionMs: 1_500, turnWaitMs: 700 },
  });
});
afterAll(async () => {
  await embedded.stop();
});

async function connected(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: embedded.url });
  client.on("error", () => undefined);
  await client.connect();
  return client;
}

describe("a client that holds a transaction open cannot stall the others for long", () => {
  it("gives a waiting client a clear error after the bounded wait, then serves it again", async () => {
    const holder = await connected();
    const other = await connected();
    await holder.query("begin");
    const started = performance.now();
    await expect(other.query("select 1")).rejects.toMatchObject({
      code: "57014",
      message: expect.stringMatching(/busy/),
    });
    expect(performance.now() - started).toBeLessThan(5_000);
    await holder.query("commit");
    expect((await other.query<{ n: number }>("select 2 as n")).rows[0]?.n).toBe(2);
    await holder.end();
    await other.end();
  });

  it("disconnects a client idle in its transaction, rolls it back, and lets the others in", async () => {
    const setup = await connected();
    await setup.query("create table if not exists held_rows (body text)");
    await setup.end();
    const idler = await connected();
    const idlerErrors: unknown[] = [];
    idler.on("error", (error) => idlerErrors.push(error));
    await idler.query("begin");
    await idler.query("insert into held_rows values ('never committed')");
    const started = performance.now();
    // Retries within the wait bound, as an app's pool would; served once the idler is gone.
    let count: string | undefined;
    while (count === undefined && performance.now() - started < 10_000) {
      const other = await connected().catch(() => undefined);
      count = await other?.query<{ count: string }>("select count(*) from held_rows").then(
        (result) => result.rows[0]?.count,
        () => undefined,
      );
      await other?.end().catch(() => undefined);
    }
    expect(count).toBe("0");
    expect(performance.now() - started).toBeLessThan(8_000);
    expect(idlerErrors[0]).toMatchObject({
      code: "25P03",
      message: expect.stringMatching(/idle-in-transaction timeout/),
    });
    await expect(idler.query("select 1")).rejects.toThrow();
  });
});
