import { afterAll, describe, expect, it } from "vitest";
import { users } from "../schema";
import { createTestDatabase, type TestDatabase } from "./test-database";

const opened: TestDatabase[] = [];
afterAll(async () => {
  await Promise.all(opened.map((database) => database.destroy()));
});

describe("createTestDatabase", () => {
  it("gives every caller a private database", async () => {
    const [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    opened.push(first, second);
    expect(first.url).not.toBe(second.url);
    await first.db.insert(users).values({ email: "only-in-first@example.com" });
    expect(await first.db.select().from(users)).toHaveLength(1);
    expect(await second.db.select().from(users)).toHaveLength(0);
  });

  it("uses PostgreSQL exactly when TEST_DATABASE_URL is set", async () => {
    const database = await createTestDatabase();
    opened.push(database);
    expect(database.kind).toBe(process.env.TEST_DATABASE_URL ? "postgres" : "pglite");
  });
});
