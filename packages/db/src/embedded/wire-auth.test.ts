import net from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./server";

const password = "correct horse battery staple";
let embedded: EmbeddedDatabase;
beforeAll(async () => {
  embedded = await startEmbeddedDatabase({ port: 0, password });
});
afterAll(async () => {
  await embedded.stop();
});

function urlWith(userInfo: string): string {
  return `postgres://${userInfo}@127.0.0.1:${embedded.port}/postgres`;
}

async function connectError(connectionString: string): Promise<unknown> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 5_000 });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("select 1");
    return undefined;
  } catch (error) {
    return error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

describe("the embedded database's port asks every client for its password", () => {
  it("lets in a client with the right password (SCRAM-SHA-256, as the pg driver does it)", async () => {
    const client = new pg.Client({ connectionString: embedded.url });
    await client.connect();
    const result = await client.query<{ answer: number }>("select 41 + 1 as answer");
    await client.end();
    expect(result.rows[0]?.answer).toBe(42);
    expect(embedded.url).toContain(encodeURIComponent(password));
  });

  it("refuses a wrong password with PostgreSQL's own error", async () => {
    const error = await connectError(urlWith("postgres:not-the-password"));
    expect(error).toMatchObject({
      code: "28P01",
      message: 'password authentication failed for user "postgres"',
    });
  });

  it("refuses a client that gives no password", async () => {
    const error = await connectError(urlWith("postgres"));
    expect(error).toBeInstanceOf(Error);
    expect(String(error)).toMatch(/password/i);
  });

  it("answers a raw client that skips authentication and sends a query with an error, never a result", async () => {
    const reply = await new Promise<Buffer>((resolve, reject) => {
      const socket = net.connect(embedded.port, "127.0.0.1");
      let received = Buffer.alloc(0);
      socket.on("data", (chunk: Buffer) => (received = Buffer.concat([received, chunk])));
      socket.on("close", () => resolve(received));
      socket.on("error", reject);
      const params = Buffer.from("user\0postgres\0database\0postgres\0\0", "utf8");
      const startup = Buffer.alloc(8);
      startup.writeInt32BE(8 + params.length, 0);
      startup.writeInt32BE(196608, 4);
      const sql = Buffer.from("select 'secret rows'\0", "utf8");
      const query = Buffer.alloc(5);
      query.write("Q", 0, "latin1");
      query.writeInt32BE(4 + sql.length, 1);
      socket.write(Buffer.concat([startup, params, query, sql]));
    });
    const text = reply.toString("latin1");
    expect(text).toContain("SCRAM-SHA-256");
    expect(text).toContain("28P01");
    expect(text).not.toContain("secret rows");
  });
});
