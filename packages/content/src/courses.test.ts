import { existsSync } from "node:fs";
import { readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkCourse } from "./check/check-course";
import { loadSeeds } from "./check/seed-copy";
import { courseToImport } from "./import/course-to-import";
import { loadCourseFromFiles } from "./load/load-course-from-files";

const here = dirname(fileURLToPath(import.meta.url));
const coursesDir = join(here, "..", "courses");
const repoRoot = resolve(here, "..", "..", "..");
/** CI keeps the seed documents beside the repository, at ../shared/seeds from its root. */
const seedsDir = resolve(repoRoot, "..", "shared", "seeds");
const courseDirs = readdirSync(coursesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => join(coursesDir, entry.name));

describe("the built-in courses", () => {
  it("exist", () => {
    expect(courseDirs.map((dir) => dir.slice(coursesDir.length + 1))).toContain("the-second-heart");
  });

  it.each(courseDirs)("%s passes content:check", async (dir) => {
    const loaded = await loadCourseFromFiles(dir);
    const { issues } = checkCourse(loaded);
    expect(
      issues.map((issue) => `${issue.file.slice(dir.length + 1)}:${issue.line}: ${issue.message}`),
    ).toEqual([]);
    expect(loaded.course).toBeDefined();
    if (loaded.course)
      expect(
        (JSON.parse(JSON.stringify(courseToImport(loaded.course))) as { course: { slug: string } })
          .course.slug,
      ).toBe(loaded.course.slug);
  });

  it("copies no sentence from the seed documents (or says the seeds are missing)", async () => {
    const seeds = await loadSeeds(seedsDir);
    if (!existsSync(seedsDir)) {
      expect(seeds).toEqual({
        issue: { file: seedsDir, line: 1, message: `seeds folder not found: ${seedsDir}` },
      });
      return;
    }
    if (!("seeds" in seeds)) throw new Error(seeds.issue.message);
    const copied = [];
    for (const dir of courseDirs) {
      const { issues } = checkCourse(await loadCourseFromFiles(dir), { seeds: seeds.seeds });
      copied.push(...issues.filter((issue) => issue.message.startsWith("sentence copied")));
    }
    expect(copied.map((issue) => `${issue.file}:${issue.line}: ${issue.message}`)).toEqual([]);
  });
});
