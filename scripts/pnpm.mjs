// Runs the pinned pnpm without corepack: the version comes from package.json's
// "packageManager"; a matching pnpm on PATH is used as is, otherwise npx fetches it.
import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

export const repoRoot = path.resolve(import.meta.dirname, "..");
const pinned = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")).packageManager;
const version = pinned.replace(/^pnpm@/, "");

function pnpmCommand() {
  try {
    const found = execFileSync("pnpm", ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
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

/** Runs a command with inherited output, forwarding SIGINT/SIGTERM; resolves with the exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: "inherit", ...options });
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

/** Runs the steps in order and exits with the first failing step's code. */
export async function runSteps(steps) {
  for (const [label, step] of steps) {
    const started = Date.now();
    console.log(`\n▶ ${label}`);
    const code = await step();
    console.log(`${code === 0 ? "✔" : "✘"} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    if (code !== 0) process.exit(code);
  }
}
