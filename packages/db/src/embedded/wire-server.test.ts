import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./server";

let embedded: EmbeddedDatabase;
beforeAll(async () => {
  embedded = await startEmbeddedDatabase({ port: 0 });
});
afterAll(async () => {
  await embedded.stop();
});

describe("the embedded database under many concurrent clients", () => {
  it("never mixes one client's statements or transactions with another's", async () => {
    const pool = new pg.Pool({ connectionString: embedded.url, max: 20 });
    await pool.query("create table counters (id int primary key, n int not null)");
    await pool.query("insert into counters select g, 0 from generate_series(1, 10) g");
    const workers = 40;
    const rounds = 10;
    let wrongEchoes = 0;
    await Promise.all(
      Array.from({ length: workers }, async (_, worker) => {
        for (let round = 0; round < rounds; round += 1) {
          // Parameterised statements outside a transaction: Parse/Bind of two clients must not interleave.
          const echo = await pool.query<{ w: number; tag: string }>(
            "select $1::int as w, $2::text as tag",
            [worker, `w${worker}r${round}`],
          );
          if (echo.rows[0]?.w !== worker || echo.rows[0].tag !== `w${worker}r${round}`)
            wrongEchoes += 1;
          // Read-modify-write in a transaction: lost updates would show in the total.
          const client = await pool.connect();
          try {
            await client.query("begin");
            const id = (worker % 10) + 1;
            const before = await client.query<{ n: number }>(
              "select n from counters where id = $1",
              [id],
            );
            await client.query("update counters set n = $1 where id = $2", [
              (before.rows[0]?.n ?? 0) + 1,
              id,
            ]);
            await client.query("commit");
          } finally {
            client.release();
          }
        }
      }),
    );
    const total = await pool.query<{ total: number }>("select sum(n)::int as total from counters");
    await pool.end();
    expect(wrongEchoes).toBe(0);
    expect(total.rows[0]?.total).toBe(workers * rounds);
  });

  it("rolls back the open transaction of a client that disconnects, and serves the others", async () => {
    const quitter = new pg.Client({ connectionString: embedded.url });
    quitter.on("error", () => undefined);
    await quitter.connect();
    await quitter.query("create table if not exists notes (body text)");
    await quitter.query("begin");
    await quitter.query("insert into notes values ('never committed')");
    // The other client waits for its turn (even to connect) while the transaction is open.
    const other = new pg.Client({ connectionString: embedded.url });
    const waiting = other
      .connect()
      .then(() => other.query<{ count: string }>("select count(*) from notes"));
    await quitter.end();
    expect((await waiting).rows[0]?.count).toBe("0");
    await other.end();
  });
});
