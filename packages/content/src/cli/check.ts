import { relative, resolve } from "node:path";
import { builtInCoursesDir, listBuiltInCourseDirs } from "../built-in";
import { checkCourseDir } from "../check/check-dir";
import type { CourseSummary } from "../check/check-course";
import type { Issue, Warning } from "../check/issues";
import { loadSeeds, type SeedIndex } from "../check/seed-copy";

const usage = "usage: content:check [--seeds <dir>] [--max-grade <n>] [courseDir...]";

interface Args {
  dirs: string[];
  seeds?: string;
  maxGrade?: number;
}

function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = { dirs: [] };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? "";
    if (arg === "--seeds" || arg === "--max-grade") {
      const value = argv[i + 1];
      if (value === undefined) return `${arg} needs a value`;
      i += 1;
      if (arg === "--seeds") args.seeds = value;
      else if (Number.isFinite(Number(value))) args.maxGrade = Number(value);
      else return `--max-grade needs a number, got "${value}"`;
    } else if (arg === "--help" || arg.startsWith("--")) return usage;
    else args.dirs.push(arg);
  }
  return args;
}

function where(issue: Issue): string {
  const shown = relative(process.cwd(), issue.file);
  return `${shown === "" || shown.startsWith("..") ? issue.file : shown}:${issue.line}`;
}

function formatIssue(issue: Issue): string {
  const line = `${where(issue)}: ${issue.message}`;
  if (issue.check === undefined) return line;
  return `${line} [${issue.check}]${issue.advice === undefined ? "" : `\n    fix: ${issue.advice}`}`;
}

/** Warnings do not fail the check; kept ones show the author's reason, the others what to change. */
function formatWarnings(warnings: readonly Warning[]): string {
  const kept = warnings.filter((w) => w.acknowledged !== undefined);
  const lines = warnings.map((w) =>
    w.acknowledged === undefined
      ? `${where(w)}: warning: ${w.message} [${w.check}]${w.advice === undefined ? "" : `\n    fix: ${w.advice}`}`
      : `${where(w)}: kept: ${w.message} [${w.check}]\n    reason: ${w.acknowledged}`,
  );
  const heading = `${warnings.length} warning(s): ${kept.length} kept on purpose, ${warnings.length - kept.length} to review.`;
  return warnings.length === 0 ? heading : [...lines, heading].join("\n");
}

function formatSummary(summary: CourseSummary): string {
  const lines = summary.lessons.map(
    (l) =>
      `  ${l.slug}: ${l.minutes} min (reads in ~${l.readingMinutes}), grade ${l.readingGrade.toFixed(1)}, ${l.questions} check questions`,
  );
  const questions =
    summary.lessons.reduce((sum, l) => sum + l.questions, 0) + summary.finalQuizQuestions;
  return [
    `${summary.slug}: ${summary.lessons.length} lessons, ${questions} questions (final quiz ${summary.finalQuizQuestions} of ${summary.finalQuizTypes} types)`,
    ...lines,
  ].join("\n");
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === "string") {
    console.error(args);
    return 2;
  }
  const dirs =
    args.dirs.length > 0 ? args.dirs.map((dir) => resolve(dir)) : await listBuiltInCourseDirs();
  if (dirs.length === 0) {
    console.error(`no course folders found under ${builtInCoursesDir}`);
    return 1;
  }
  let seeds: SeedIndex | undefined;
  const issues: Issue[] = [];
  if (args.seeds !== undefined) {
    const loaded = await loadSeeds(resolve(args.seeds));
    if ("issue" in loaded) issues.push(loaded.issue);
    else seeds = loaded.seeds;
  }
  const summaries: CourseSummary[] = [];
  const warnings: Warning[] = [];
  for (const dir of dirs) {
    const result = await checkCourseDir(dir, { seeds, readingGradeLimit: args.maxGrade });
    issues.push(...result.issues);
    warnings.push(...result.warnings);
    if (result.summary) summaries.push(result.summary);
  }
  console.log(formatWarnings(warnings));
  if (issues.length > 0) {
    for (const issue of issues) console.error(formatIssue(issue));
    console.error(`\n${issues.length} problem(s) found.`);
    return 1;
  }
  console.log(summaries.map(formatSummary).join("\n"));
  console.log(
    seeds
      ? `No sentences copied from ${relative(process.cwd(), seeds.dir)}.`
      : "Seed copy check not run (pass --seeds <dir>).",
  );
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
