import { checkConnection } from "@soleus/db/check-connection";
import { startEmbeddedDatabase } from "@soleus/db/embedded";
import type { OwnerLock } from "@soleus/db/embedded/owner-lock";
import { resolveDataDir } from "@soleus/db/env";
import path from "node:path";
import type { LauncherEnv } from "./env";
import { readOrCreateSecretFile } from "./secret-file";

/** Where the embedded database's password lives (created at first start, owner-only). */
export const DATABASE_PASSWORD_FILE = "db-password";

export interface RunningDatabase {
  url: string;
  description: string;
  stop(): Promise<void>;
}

/**
 * PostgreSQL when DATABASE_URL is set (checked before anything starts); otherwise this
 * process becomes the single owner of the embedded PGlite data directory.
 */
export async function openDatabase(
  env: LauncherEnv,
  repoRoot: string,
  ownerLock?: OwnerLock,
): Promise<RunningDatabase> {
  if (env.DATABASE_URL) {
    await checkConnection(env.DATABASE_URL, "DATABASE_URL");
    const url = new URL(env.DATABASE_URL);
    return {
      url: env.DATABASE_URL,
      description: `PostgreSQL at ${url.hostname}:${url.port || "5432"}${url.pathname}`,
      stop: () => Promise.resolve(),
    };
  }
  const dataDir = resolveDataDir(env, repoRoot);
  // Any local user can reach 127.0.0.1: only someone who can read the data directory gets in.
  const { secret: password } = readOrCreateSecretFile(
    path.join(dataDir, DATABASE_PASSWORD_FILE),
    dataDir,
  );
  const embedded = await startEmbeddedDatabase({
    dataDir,
    port: env.SOLEUS_DB_PORT,
    ownerLock,
    password,
  });
  return {
    url: embedded.url,
    description: `embedded PostgreSQL (PGlite) in ${dataDir}, served on 127.0.0.1:${embedded.port} (password in ${path.join(dataDir, DATABASE_PASSWORD_FILE)})`,
    stop: () => embedded.stop(),
  };
}
