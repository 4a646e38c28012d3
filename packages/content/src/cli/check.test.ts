import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { validFixture, writeFixture } from "../check/fixtures/build-fixture";

const cli = join(dirname(fileURLToPath(import.meta.url)), "check.ts");

async function runCheck(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [
      "--import",
      "tsx",
      cli,
      ...args,
    ]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

// Each run starts tsx and loads cspell's dictionaries: tens of seconds on a busy 2-core machine.
describe("content:check CLI", () => {
  it("prints a summary and exits 0 for a clean course", async () => {
    const result = await runCheck([await writeFixture(validFixture())]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("0 warning(s): 0 kept on purpose, 0 to review.");
    expect(result.stdout).toContain(
      "fixture-course: 2 lessons, 26 questions (final quiz 20 of 8 types)",
    );
    expect(result.stdout).toMatch(
      /meet-the-muscle: 4 min \(reads in ~1\), grade -?\d+\.\d, 3 check questions/,
    );
  }, 120_000);

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
  }, 120_000);

  it("fails on an item-check error, printing the problem, the check and what to change", async () => {
    const fixture = validFixture();
    const final = fixture.quizzes.final;
    if (!final) throw new Error("fixture has no final quiz");
    // Every single-choice key is option a; without shuffling that is a pattern.
    final.settings = { shuffleOptions: false };
    const dir = await writeFixture(fixture);
    const result = await runCheck([dir]);
    expect(result.code).toBe(1);
    const lines = result.stderr.split("\n");
    const written = (await readFile(join(dir, "quizzes", "final.yaml"), "utf8")).split("\n");
    const settingLine = written.findIndex((line) => line.includes("shuffleOptions: false")) + 1;
    expect(lines).toContain(
      `${join(dir, "quizzes", "final.yaml")}:${settingLine}: 3 of 3 single-choice answers are option a (position 1) (final-q1, final-q9, final-q17), and this quiz shows options in the order they are written. A learner who spots the pattern can score without reading. [key-position]`,
    );
    expect(lines).toContain(
      "    fix: Turn on shuffleOptions, or move the correct options so that no position holds more than 40 % of them.",
    );
    expect(lines.filter((line) => line.includes("[key-position]"))).toHaveLength(4);
    expect(lines).toContain("4 problem(s) found.");
  }, 120_000);

  it("lists warnings with their count, kept ones with the reason, and still exits 0", async () => {
    const fixture = validFixture();
    const questions = fixture.quizzes.final?.questions ?? [];
    const twoItems = [
      { id: "one", text: "First" },
      { id: "two", text: "Second" },
    ];
    // final-q4 and final-q12 are ordering questions: cut both to two items, keep one on purpose.
    Object.assign(questions[3] ?? {}, {
      items: twoItems,
      acknowledged: [{ check: "two-item-ordering", reason: "Only two steps exist in this move." }],
    });
    Object.assign(questions[11] ?? {}, { items: twoItems });
    const dir = await writeFixture(fixture);
    const result = await runCheck([dir]);
    expect(result.code).toBe(0);
    const out = result.stdout.split("\n");
    const file = join(dir, "quizzes", "final.yaml");
    expect(out.filter((line) => line.includes("[two-item-ordering]"))).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${file.replaceAll("/", "\\/")}:\\d+: kept: question "final-q4": This ordering question has only two items`,
        ),
      ),
      expect.stringMatching(
        new RegExp(
          `^${file.replaceAll("/", "\\/")}:\\d+: warning: question "final-q12": This ordering question has only two items`,
        ),
      ),
    ]);
    expect(out).toContain("    reason: Only two steps exist in this move.");
    expect(out).toContain("2 warning(s): 1 kept on purpose, 1 to review.");
  }, 120_000);

  it("fails on a misspelt or American word in a lesson, naming the British form", async () => {
    const fixture = validFixture();
    const lesson = fixture.lessons[0];
    if (!lesson) throw new Error("fixture has no lesson");
    lesson.body = lesson.body.replace(
      "We walk a lot.",
      "We walk a lot. The skin may change color.",
    );
    const dir = await writeFixture(fixture);
    const result = await runCheck([dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /01-meet-the-muscle\.md:\d+: "color" is not in the British English dictionary or the course word list \(did you mean .*"colour".*\) \[spelling\]/u,
    );
  }, 120_000);

  it("rejects unknown options with usage and exit code 2", async () => {
    const result = await runCheck(["--frobnicate"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("usage: content:check");
  }, 120_000);
});
