import { execFile } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { validFixture, writeFixture } from "../check/fixtures/build-fixture";

const cli = join(dirname(fileURLToPath(import.meta.url)), "check.ts");

async function runCheck(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ["--import", "tsx", cli, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("content:check CLI", () => {
  it("prints a summary and exits 0 for a clean course", async () => {
    const result = await runCheck([await writeFixture(validFixture())]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("fixture-course: 2 lessons, 26 questions (final quiz 20 of 8 types)");
    expect(result.stdout).toMatch(/meet-the-muscle: 4 min \(reads in ~1\), grade -?\d+\.\d, 3 check questions/);
  }, 30_000);

  it("prints path:line: message for each problem and exits 1", async () => {
    const fixture = validFixture();
    fixture.course.minutes = "lots";
    const dir = await writeFixture(fixture);
    const result = await runCheck([dir, "--seeds", join(dir, "no-seeds")]);
    expect(result.code).toBe(1);
    expect(result.stderr.split("\n").filter(Boolean)).toEqual([
      `${join(dir, "no-seeds")}:1: seeds folder not found: ${join(dir, "no-seeds")}`,
      `${join(dir, "course.yaml")}:5: minutes: Invalid input: expected number, received string`,
      "2 problem(s) found.",
    ]);
  }, 30_000);

  it("rejects unknown options with usage and exit code 2", async () => {
    const result = await runCheck(["--frobnicate"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("usage: content:check");
  }, 30_000);
});
