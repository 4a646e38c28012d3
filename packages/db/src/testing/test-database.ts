import { randomUUID } from "node:crypto";
import pg from "pg";
import { connectDatabase, type DatabaseHandle } from "../client";
import { startEmbeddedDatabase } from "../embedded/server";
import { readTestDatabasePrefix, readTestDatabaseUrl } from "../env";
import { migrateDatabase } from "../migrate";

export interface TestDatabase extends DatabaseHandle {
  url: string;
  /** "pglite" by default, "postgres" when TEST_DATABASE_URL is set. */
  kind: "pglite" | "postgres";
  /** Closes connections and throws the database away. */
  destroy(): Promise<void>;
}

/**
 * A fresh, migrated, private database for one test file: an in-memory PGlite served on a
 * free port, or, when `TEST_DATABASE_URL` points at a PostgreSQL server, a new database
 * created there (and dropped afterwards). Tests use the same driver as the apps either way.
 */
export async function createTestDatabase(
  serverUrl: string | undefined = readTestDatabaseUrl(),
  options: { migrationsFolder?: string } = {},
): Promise<TestDatabase> {
  const target = serverUrl ? await createPostgresDatabase(serverUrl) : await createPgliteDatabase();
  // `migrationsFolder` (tests of an upgrade) migrates only as far as that folder's journal goes.
  await migrateDatabase(target.url, options.migrationsFolder);
  const handle = connectDatabase(target.url, { maxConnections: 5 });
  return {
    ...handle,
    url: target.url,
    kind: target.kind,
    destroy: async () => {
      await handle.close();
      await target.drop();
    },
  };
}

async function createPgliteDatabase() {
  const embedded = await startEmbeddedDatabase({ port: 0 });
  return { kind: "pglite" as const, url: embedded.url, drop: () => embedded.stop() };
}

async function createPostgresDatabase(serverUrl: string) {
  const name = `${readTestDatabasePrefix()}_${randomUUID().replaceAll("-", "")}`;
  await withAdminClient(serverUrl, (client) => client.query(`create database "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    kind: "postgres" as const,
    url: url.toString(),
    drop: () =>
      withAdminClient(serverUrl, (client) =>
        client.query(`drop database if exists "${name}" with (force)`),
      ),
  };
}

async function withAdminClient<T>(
  serverUrl: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
