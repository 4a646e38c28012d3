import {
  courseToImport,
  courseWords,
  listBuiltInCourseDirs,
  loadCourseFromFiles,
} from "@soleus/content";
import { connectDatabase } from "./client";
import { importCourse, type ImportCounts } from "./import/import-course";

export interface SeedResult {
  summary: string;
  courses: { slug: string; counts: ImportCounts }[];
}

/**
 * Loads the built-in courses. Safe on every start: unchanged files change nothing, and
 * changed files never overwrite what coaches edited in the admin app.
 */
export async function seedDatabase(url: string, courseDirs?: string[]): Promise<SeedResult> {
  const handle = connectDatabase(url, { maxConnections: 2 });
  try {
    const results: SeedResult["courses"] = [];
    for (const dir of courseDirs ?? (await listBuiltInCourseDirs())) {
      const loaded = await loadCourseFromFiles(dir);
      if (!loaded.course) {
        const first = loaded.issues[0];
        throw new Error(
          `built-in course in ${dir} is invalid: ${first ? `${first.file}:${first.line}: ${first.message}` : "unknown problem"} (run content:check)`,
        );
      }
      results.push({
        slug: loaded.course.slug,
        counts: await importCourse(handle.db, courseToImport(loaded.course), {
          spellingWords: await courseWords(dir),
        }),
      });
    }
    return { courses: results, summary: results.map(describe).join("; ") || "no built-in courses" };
  } finally {
    await handle.close();
  }
}

function describe({ slug, counts }: SeedResult["courses"][number]): string {
  if (counts.created + counts.published + counts.keptUnpublished === 0)
    return `${slug} already up to date`;
  return `${slug}: ${counts.created} new, ${counts.published} published, ${counts.keptUnpublished} kept for review (admin edits)`;
}
