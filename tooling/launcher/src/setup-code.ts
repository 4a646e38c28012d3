import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { adminExists } from "@soleus/auth/first-admin";
import { issueFirstAdminSetupCode } from "@soleus/auth/setup-code";
import { connectDatabase } from "@soleus/db/client";

/** The file (owner-only) that holds the current first-admin setup code, next to the other secrets. */
export const SETUP_CODE_FILE = "setup-code";

/**
 * While no admin exists, makes a new one-time setup code at every start (the old one stops
 * working), keeps only its hash in the database and the code itself in the data directory,
 * so only someone who can read this server's log or files can claim the admin account.
 */
export async function prepareFirstAdminSetup(
  databaseUrl: string,
  dataDir: string,
  now: () => Date,
): Promise<string | undefined> {
  const file = path.join(dataDir, SETUP_CODE_FILE);
  const database = connectDatabase(databaseUrl, { maxConnections: 1 });
  try {
    if (await adminExists(database.db)) {
      rmSync(file, { force: true });
      return undefined;
    }
    const code = await issueFirstAdminSetupCode(database.db, now());
    writeFileSync(file, `${code}\n`, { mode: 0o600 });
    return code;
  } finally {
    await database.close();
  }
}
