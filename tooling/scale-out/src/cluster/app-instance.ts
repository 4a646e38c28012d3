import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { inheritedEnvironment } from "../env";

export type AppName = "web" | "admin";

/** One `next start` process of one built app. */
export interface AppInstance {
  /** "web-1", "admin-2", …: also the load balancer's name for it (the X-Served-By header). */
  name: string;
  app: AppName;
  port: number;
  url: string;
  child: ChildProcess;
  exited: Promise<void>;
  logFile: string;
}

const repoRoot = path.resolve(import.meta.dirname, "../../../..");

/** Starts one instance of a built app on 127.0.0.1:`port`, its output in `<logDir>/<name>.log`. */
export function startAppInstance(options: {
  name: string;
  app: AppName;
  port: number;
  env: Record<string, string>;
  logDir: string;
}): AppInstance {
  const appDir = path.join(repoRoot, "apps", options.app);
  const nextBin = createRequire(path.join(appDir, "package.json")).resolve("next/dist/bin/next");
  const child = spawn(
    process.execPath,
    [nextBin, "start", "--port", String(options.port), "--hostname", "127.0.0.1"],
    {
      cwd: appDir,
      env: { ...inheritedEnvironment(), ...options.env, NODE_ENV: "production" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const logFile = path.join(options.logDir, `${options.name}.log`);
  const log = createWriteStream(logFile);
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    name: options.name,
    app: options.app,
    port: options.port,
    url: `http://127.0.0.1:${options.port}`,
    child,
    exited,
    logFile,
  };
}

/** Whether the process has ended (exited or killed). */
export function hasEnded(instance: AppInstance): boolean {
  return instance.child.exitCode !== null || instance.child.signalCode !== null;
}

/** Waits until GET `url` answers 200 (an app's /api/health, or the same through the load balancer). */
export async function waitForHealthy(
  url: string,
  timeoutMs: number,
  stillRunning: () => boolean = () => true,
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (!stillRunning()) throw new Error(`${url}: the process stopped before it was ready`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer 200 within ${Math.round(timeoutMs / 1000)} s`);
}

/** Stops an instance (SIGTERM, then SIGKILL after `graceMs`). */
export async function stopAppInstance(instance: AppInstance, graceMs = 5_000): Promise<void> {
  if (hasEnded(instance)) return;
  instance.child.kill("SIGTERM");
  const timer = setTimeout(() => instance.child.kill("SIGKILL"), graceMs);
  await instance.exited;
  clearTimeout(timer);
}
