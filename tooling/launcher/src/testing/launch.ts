import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

export interface LaunchedProduct {
  child: ChildProcess;
  output: () => string;
  /** Resolves once the launcher printed its "ready" line (rejects if it exits first). */
  ready: Promise<void>;
  exited: Promise<number | null>;
}

const launcherDir = path.resolve(import.meta.dirname, "../..");

/** Runs the launcher exactly as `npm start` does after install and build, with the given settings. */
export function launch(env: Record<string, string>): LaunchedProduct {
  const child = spawn(
    process.execPath,
    ["--require", "./preload/exit-with-parent.cjs", "--import", "tsx", "src/main.ts"],
    {
      cwd: launcherDir,
      env: { ...process.env, DATABASE_URL: "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("[soleus] ready")) resolve();
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    void exited.then((code) =>
      reject(new Error(`launcher exited with ${code} before ready:\n${output}`)),
    );
  });
  ready.catch(() => undefined);
  return { child, output: () => output, ready, exited };
}

// Below Linux's ephemeral range (32768–60999): a port picked there can be taken meanwhile by any
// process's outgoing connection (a database client, a fetch), which made a start fail "in use".
// LAUNCHER_TEST_BASE_PORT pins the range (several checkouts testing on one machine).
let nextPort = Number(process.env.LAUNCHER_TEST_BASE_PORT ?? 20_000 + (process.pid % 500) * 10);

/** Three ports no other test in this run uses. */
export function reservePorts(): { web: number; admin: number; db: number } {
  const base = nextPort;
  nextPort += 3;
  return { web: base, admin: base + 1, db: base + 2 };
}

/** The environment variables that put the product on the given ports. */
export function portEnv(ports: { web: number; admin: number; db: number }): Record<string, string> {
  return {
    SOLEUS_WEB_PORT: String(ports.web),
    SOLEUS_ADMIN_PORT: String(ports.admin),
    SOLEUS_DB_PORT: String(ports.db),
  };
}

/** How a test reaches the embedded database of a product launched on `dataDir`: with its password. */
export function embeddedDatabaseUrl(dataDir: string, port: number): string {
  const password = readFileSync(path.join(dataDir, "db-password"), "utf8").trim();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
}
