import { spawn } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { expect, it } from "vitest";

const pnpmScript = pathToFileURL(
  path.resolve(import.meta.dirname, "../../../scripts/pnpm.mjs"),
).href;

/** Runs `npm start`'s step runner on a slow step that reports two parts, and returns what it printed. */
function runSlowStep(): Promise<string> {
  const program = `
    import { runSteps } from ${JSON.stringify(pnpmScript)};
    await runSteps([["build the apps", async (progress) => {
      progress.report("web", "Creating an optimized production build ...");
      await new Promise((resolve) => setTimeout(resolve, 700));
      progress.report("admin", "Collecting page data ...");
      await new Promise((resolve) => setTimeout(resolve, 700));
      return 0;
    }]], { progressEveryMs: 500 });`;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", program], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", () => resolve(output));
  });
}

it("says which step is still running, for how long, and each part's latest line", async () => {
  const lines = (await runSlowStep()).split("\n");
  expect(lines).toContain("▶ build the apps");
  expect(
    lines.some((line) =>
      /^… build the apps: \d+ s so far \(web: Creating an optimized production build \.\.\.\)$/.test(
        line,
      ),
    ),
  ).toBe(true);
  expect(
    lines.some((line) =>
      /^… build the apps: \d+ s so far \(web: Creating .*; admin: Collecting page data \.\.\.\)$/.test(
        line,
      ),
    ),
  ).toBe(true);
  expect(lines.some((line) => /^✔ build the apps \(1\.\d s\)$/.test(line))).toBe(true);
});
