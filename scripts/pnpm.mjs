// Runs the pinned pnpm without corepack: the version comes from package.json's
// "packageManager"; a matching pnpm on PATH is used as is, otherwise npx fetches it.
import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import readline from "node:readline";

export const repoRoot = path.resolve(import.meta.dirname, "..");
const pinned = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")).packageManager;
const version = pinned.replace(/^pnpm@/, "");

function pnpmCommand() {
  try {
    const found = execFileSync("pnpm", ["--version"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    if (found === version) return ["pnpm", []];
  } catch {
    // Not on PATH: fall through to npx.
  }
  return ["npx", ["--yes", `pnpm@${version}`]];
}

/** Runs pnpm with the given arguments in the repo root; resolves with the exit code. */
export function runPnpm(args, options = {}) {
  const [command, prefix] = pnpmCommand();
  return run(command, [...prefix, ...args], options);
}

/**
 * Runs a command, forwarding SIGINT/SIGTERM; resolves with the exit code. Output is inherited,
 * or, with `onLine`, passed through line by line so the caller can follow progress.
 */
export function run(command, args, { onLine, ...options } = {}) {
  return new Promise((resolve) => {
    const stdio = onLine ? ["inherit", "pipe", "pipe"] : "inherit";
    const child = spawn(command, args, { cwd: repoRoot, stdio, ...options });
    if (onLine) {
      for (const [stream, out] of [
        [child.stdout, process.stdout],
        [child.stderr, process.stderr],
      ]) {
        readline.createInterface({ input: stream }).on("line", (line) => {
          out.write(`${line}\n`);
          onLine(line);
        });
      }
    }
    const forward = (signal) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

const PROGRESS_EVERY_MS = 10_000;

/**
 * Runs the steps in order and exits with the first failing step's code. A step that takes
 * longer than a few seconds says so every 10 s: which step, how long, and the latest line of
 * each part it reported through `progress.report(part, line)` (e.g. each app's build phase).
 */
export async function runSteps(steps, { progressEveryMs = PROGRESS_EVERY_MS } = {}) {
  for (const [label, step] of steps) {
    const started = Date.now();
    console.log(`\n▶ ${label}`);
    const latest = new Map();
    const progress = { report: (part, line) => latest.set(part, line) };
    const ticker = setInterval(() => {
      const parts = [...latest].map(([part, line]) => `${part}: ${line}`).join("; ");
      console.log(`… ${label}: ${seconds(started)} s so far${parts ? ` (${parts})` : ""}`);
    }, progressEveryMs);
    const code = await step(progress).finally(() => clearInterval(ticker));
    console.log(
      `${code === 0 ? "✔" : "✘"} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
    if (code !== 0) process.exit(code);
  }
}

function seconds(since) {
  return Math.round((Date.now() - since) / 1000);
}
