import { fileURLToPath } from "node:url";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";

/** The committed drizzle-kit migrations, shipped with this package. */
export const migrationsFolder = fileURLToPath(new URL("../drizzle", import.meta.url));

// Any constant works; it only has to be the same for every Soleus process.
const MIGRATION_LOCK_KEY = 7_345_001;

/**
 * Applies pending migrations. An advisory lock makes concurrent starts of several
 * app instances against one PostgreSQL safe: one migrates, the others wait and find nothing to do.
 */
export async function migrateDatabase(url: string, folder = migrationsFolder): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  client.on("error", () => undefined);
  await client.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      await migrate(drizzle(client), { migrationsFolder: folder });
    } finally {
      await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}
