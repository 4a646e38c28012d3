import path from "node:path";
import { acquireOwnerLock } from "@soleus/db/embedded/owner-lock";
import { resolveDataDir } from "@soleus/db/env";
import { migrateDatabase } from "@soleus/db/migrate";
import { seedDatabase } from "@soleus/db/seed";
import { startApp, waitUntilHealthy, type AppProcess } from "./app-process";
import { resolveAuthSecret } from "./auth-secret";
import { openDatabase, type RunningDatabase } from "./database";
import { readLauncherEnv } from "./env";
import { assertPortFree } from "./ports";
import { prepareFirstAdminSetup } from "./setup-code";

const repoRoot = path.resolve(import.meta.dirname, "../../..");

/**
 * The run command: one database (embedded or PostgreSQL), migrations, the idempotent seed,
 * then both apps. SIGINT/SIGTERM stop the apps first and the database last, so the
 * embedded data directory is always closed cleanly.
 */
async function main(): Promise<void> {
  const env = readLauncherEnv();
  const ownerLock = env.DATABASE_URL ? undefined : acquireOwnerLock(resolveDataDir(env, repoRoot));
  let database: RunningDatabase | undefined;
  const apps: AppProcess[] = [];
  let stopping: Promise<void> | undefined;

  const stopAll = (reason: string, exitCode: number) =>
    (stopping ??= (async () => {
      log(`stopping (${reason}) …`);
      await Promise.all(apps.map((app) => app.stop()));
      await database?.stop();
      ownerLock?.release();
      log("stopped cleanly");
      process.exit(exitCode);
    })());

  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => void stopAll(signal, 0));
  }

  try {
    await assertPortFree(env.SOLEUS_HOST, env.SOLEUS_WEB_PORT, "SOLEUS_WEB_PORT");
    await assertPortFree(env.SOLEUS_HOST, env.SOLEUS_ADMIN_PORT, "SOLEUS_ADMIN_PORT");
    if (!env.DATABASE_URL) await assertPortFree("127.0.0.1", env.SOLEUS_DB_PORT, "SOLEUS_DB_PORT");

    // Each step that can take seconds says so first, so a slow machine never looks stuck.
    log(env.DATABASE_URL ? "connecting to the database …" : "opening the embedded database …");
    database = await openDatabase(env, repoRoot, ownerLock);
    log(`database: ${database.description}`);
    log("migrations and the built-in course …");
    await migrateDatabase(database.url);
    const seeded = await seedDatabase(database.url);
    log(`seed: ${seeded.summary}`);

    const authSecret = resolveAuthSecret(env.AUTH_SECRET, resolveDataDir(env, repoRoot));
    if (authSecret.source === "new")
      log(`auth: created AUTH_SECRET in the data directory (set AUTH_SECRET in production)`);
    const publicHost = env.SOLEUS_HOST === "0.0.0.0" ? "127.0.0.1" : env.SOLEUS_HOST;
    const setupCode = await prepareFirstAdminSetup(
      database.url,
      resolveDataDir(env, repoRoot),
      () => new Date(),
    );
    const appEnv = {
      DATABASE_URL: database.url,
      AUTH_SECRET: authSecret.secret,
      SOLEUS_WEB_URL: env.SOLEUS_WEB_URL ?? `http://${publicHost}:${env.SOLEUS_WEB_PORT}`,
      SOLEUS_ADMIN_URL: env.SOLEUS_ADMIN_URL ?? `http://${publicHost}:${env.SOLEUS_ADMIN_PORT}`,
    };
    log("starting both apps …");
    apps.push(
      startApp({
        name: "web",
        appDir: path.join(repoRoot, "apps/web"),
        host: env.SOLEUS_HOST,
        port: env.SOLEUS_WEB_PORT,
        env: appEnv,
      }),
      startApp({
        name: "admin",
        appDir: path.join(repoRoot, "apps/admin"),
        host: env.SOLEUS_HOST,
        port: env.SOLEUS_ADMIN_PORT,
        env: appEnv,
      }),
    );
    for (const app of apps) {
      void app.exited.then((code) => void stopAll(`${app.name} exited with code ${code}`, 1));
    }
    await Promise.all(apps.map((app) => waitUntilHealthy(app)));
    log("ready");
    log(`  learner site: ${apps[0]?.url}`);
    log(`  admin app:    ${apps[1]?.url}`);
    if (setupCode)
      log(`first-admin setup code: ${setupCode}, open ${appEnv.SOLEUS_ADMIN_URL}/setup`);
    log("press Ctrl-C to stop");
  } catch (error) {
    fail(error);
    await stopAll("start-up failed", 1);
  }
}

function log(message: string): void {
  process.stdout.write(`[soleus] ${message}\n`);
}

function fail(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`[soleus] error: ${message}\n`);
}

main().catch((error: unknown) => {
  fail(error);
  process.exit(1);
});
