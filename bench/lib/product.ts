/**
 * Starts the product the way `npm start` and the browser tests do (the launcher on a temporary
 * data directory and ports of its own), after the apps were built. Loopback only.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export type DatabaseKind = "embedded" | "postgres";

export interface RunningProduct {
  kind: DatabaseKind;
  webUrl: string;
  adminUrl: string;
  /** The database the apps use (the embedded one over its socket, or the bench's own PostgreSQL database). */
  databaseUrl: string;
  stop(): Promise<void>;
}

/** The checkout whose built product runs: this one, or BENCH_REPO (e.g. an export of an older commit, for before/after). */
const repoRoot = process.env.BENCH_REPO ?? fileURLToPath(new URL("../..", import.meta.url));
const launcherDir = path.join(repoRoot, "tooling/launcher");
/** PostgreSQL on this machine (trust auth); override with BENCH_PG_ADMIN_URL. */
const pgServer = process.env.BENCH_PG_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** The product's ports: 3600/3601/54900, or BENCH_WEB_PORT / BENCH_ADMIN_PORT / BENCH_DB_PORT. */
export const PORTS = {
  web: Number(process.env.BENCH_WEB_PORT ?? 3600),
  admin: Number(process.env.BENCH_ADMIN_PORT ?? 3601),
  db: Number(process.env.BENCH_DB_PORT ?? 54900),
} as const;

function psql(sql: string): void {
  const run = spawnSync("psql", [pgServer, "-v", "ON_ERROR_STOP=1", "-qc", sql], {
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`psql failed: ${run.stderr}`);
}

/** Starts the launcher; with "postgres", on a fresh database that `stop()` drops again. */
export async function startProduct(
  kind: DatabaseKind,
  timeoutMs = 120_000,
): Promise<RunningProduct> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "soleus-bench-"));
  const dbName = `${process.env.BENCH_DB_PREFIX ?? "soleus_bench"}_${process.pid}`;
  let databaseUrl = "";
  if (kind === "postgres") {
    psql(`drop database if exists ${dbName}`);
    psql(`create database ${dbName}`);
    const server = new URL(pgServer);
    server.pathname = `/${dbName}`;
    databaseUrl = server.toString();
  }
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: launcherDir,
    env: {
      ...process.env,
      NODE_ENV: "production",
      SOLEUS_DATA_DIR: dataDir,
      SOLEUS_WEB_PORT: String(PORTS.web),
      SOLEUS_ADMIN_PORT: String(PORTS.admin),
      SOLEUS_DB_PORT: String(PORTS.db),
      DATABASE_URL: kind === "postgres" ? databaseUrl : "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );
  const cleanUp = () => {
    rmSync(dataDir, { recursive: true, force: true });
    if (kind === "postgres") psql(`drop database if exists ${dbName} with (force)`);
  };
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
      await exited;
      clearTimeout(timer);
    }
    cleanUp();
  };
  // Ctrl-C or a kill still stops the product and drops the bench database.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void stop().finally(() => process.exit(130)));
  }
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`not ready after ${timeoutMs} ms:\n${output}`)),
        timeoutMs,
      );
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes("[soleus] ready")) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout.on("data", onData);
      child.stderr.on("data", onData);
      void exited.then((code) =>
        reject(new Error(`launcher exited with ${code} before ready:\n${output}`)),
      );
    });
  } catch (error) {
    await stop();
    throw error;
  }
  // Keep draining the apps' output so a full pipe never blocks them.
  child.stdout.removeAllListeners("data");
  child.stderr.removeAllListeners("data");
  child.stdout.resume();
  child.stderr.resume();
  if (kind === "embedded") {
    // The embedded database asks for the password the launcher created in the data directory.
    const password = readFileSync(path.join(dataDir, "db-password"), "utf8").trim();
    databaseUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${PORTS.db}/postgres`;
  }
  return {
    kind,
    webUrl: `http://127.0.0.1:${PORTS.web}`,
    adminUrl: `http://127.0.0.1:${PORTS.admin}`,
    databaseUrl,
    stop,
  };
}

/** Which database kinds to run: all, or those named in BENCH_DB (e.g. BENCH_DB=postgres). */
export function databaseKinds(): DatabaseKind[] {
  const wanted = process.env.BENCH_DB?.split(",").map((entry) => entry.trim());
  return (["postgres", "embedded"] as const).filter((kind) => !wanted || wanted.includes(kind));
}

/** Percentile (0–100) of already sorted numbers, nearest rank. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}
