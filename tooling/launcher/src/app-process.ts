import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import readline from "node:readline";
import { inheritedEnvironment } from "./env";

export interface AppProcess {
  name: string;
  url: string;
  child: ChildProcess;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  stop(timeoutMs?: number): Promise<void>;
}

/** Preloaded into every process the launcher starts: it stops when its parent is gone (kill -9). */
export const EXIT_WITH_PARENT = path.resolve(
  import.meta.dirname,
  "../preload/exit-with-parent.cjs",
);

/** NODE_OPTIONS that add the exit-with-parent preload to whatever options were given. */
export function withExitWithParent(nodeOptions: string | undefined): string {
  return [nodeOptions, `--require ${JSON.stringify(EXIT_WITH_PARENT)}`].filter(Boolean).join(" ");
}

/** Starts one built Next.js app with `next start`, prefixing its output with the app's name. */
export function startApp(options: {
  name: string;
  appDir: string;
  host: string;
  port: number;
  env: Record<string, string>;
}): AppProcess {
  const requireFromApp = createRequire(path.join(options.appDir, "package.json"));
  const nextBin = requireFromApp.resolve("next/dist/bin/next");
  const inherited = inheritedEnvironment();
  const child = spawn(
    process.execPath,
    [nextBin, "start", "--port", String(options.port), "--hostname", options.host],
    {
      cwd: options.appDir,
      // Through NODE_OPTIONS the preload also reaches any process `next start` spawns itself.
      env: {
        ...inherited,
        ...options.env,
        NODE_ENV: "production",
        NODE_OPTIONS: withExitWithParent(inherited.NODE_OPTIONS),
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  prefixLines(child.stdout, `[${options.name}]`, process.stdout);
  prefixLines(child.stderr, `[${options.name}]`, process.stderr);
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );
  return {
    name: options.name,
    url: `http://${options.host === "0.0.0.0" ? "127.0.0.1" : options.host}:${options.port}`,
    child,
    exited,
    stop: async (timeoutMs = 10_000) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Polls the app's health endpoint until it answers 200, the process dies, or time runs out. */
export async function waitUntilHealthy(app: AppProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  // A property, not a local: the compiler cannot see the callback set it between polls.
  const state = { exited: false };
  void app.exited.then(() => (state.exited = true));
  while (Date.now() < deadline) {
    if (state.exited) throw new Error(`${app.name} stopped before it was ready`);
    try {
      const response = await fetch(`${app.url}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${app.name} did not become healthy within ${Math.round(timeoutMs / 1000)} s`);
}

function prefixLines(
  stream: NodeJS.ReadableStream | null,
  prefix: string,
  out: NodeJS.WritableStream,
) {
  if (!stream) return;
  readline
    .createInterface({ input: stream })
    .on("line", (line) => out.write(`${prefix} ${line}\n`));
}
