import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** Where the built-in courses' source files live (one folder per course). */
export const builtInCoursesDir = fileURLToPath(new URL("../courses", import.meta.url));

/** The folder of every built-in course, sorted. */
export async function listBuiltInCourseDirs(): Promise<string[]> {
  const entries = await readdir(builtInCoursesDir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(builtInCoursesDir, entry.name))
    .sort();
}
