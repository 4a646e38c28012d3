import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase } from "./migrate";
import { users } from "./schema";
import { createTestDatabase, type TestDatabase } from "./testing/test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.destroy();
});

describe(`migrations (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("create the users and Auth.js tables", async () => {
    const result = await database.db.execute<{ table_name: string }>(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    expect(result.rows.map((row) => row.table_name)).toEqual(
      expect.arrayContaining([
        "accounts",
        "app_instances",
        "sessions",
        "users",
        "verification_tokens",
      ]),
    );
  });

  it("are safe to run again and from several processes at once", async () => {
    await Promise.all([migrateDatabase(database.url), migrateDatabase(database.url)]);
    const applied = await database.db.execute<{ count: string }>(
      sql`select count(*) from drizzle.__drizzle_migrations`,
    );
    expect(Number(applied.rows[0]?.count)).toBeGreaterThan(0);
  });

  it("enforce one account per email", async () => {
    await database.db.insert(users).values({ email: "ada@example.com" });
    await expect(database.db.insert(users).values({ email: "ada@example.com" })).rejects.toThrow();
  });
});
