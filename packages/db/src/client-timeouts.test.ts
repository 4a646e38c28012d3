import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectDatabase } from "./client";
import { createTestDatabase, type TestDatabase } from "./testing/test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.destroy();
});

describe("the apps' database pool bounds every wait", () => {
  it("ends a session left idle inside a transaction, and the pool keeps serving", async () => {
    const handle = connectDatabase(database.url, { idleInTransactionMs: 1_000 });
    const forgetful = await handle.pool.connect();
    const errors: unknown[] = [];
    forgetful.on("error", (error) => errors.push(error));
    await forgetful.query("begin");
    await forgetful.query("select 1");
    const started = performance.now();
    // PostgreSQL ends it after 1 s; the embedded database's own bound is 10 s.
    while (errors.length === 0 && performance.now() - started < 14_000) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    forgetful.release(true);
    expect(errors[0]).toMatchObject({ code: "25P03" });
    const after = await handle.pool.query<{ n: number }>("select 1 as n");
    expect(after.rows[0]?.n).toBe(1);
    await handle.close();
  }, 20_000);
});
