import { readdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Where the built-in courses' source files live (one folder per course). */
// Not `new URL("../courses", import.meta.url)`: bundlers treat that as an asset to resolve, and a
// directory is not one (the admin app's build failed on it once the publish checks imported this).
export const builtInCoursesDir = join(dirname(fileURLToPath(import.meta.url)), "..", "courses");

/** The folder of every built-in course, sorted. */
export async function listBuiltInCourseDirs(): Promise<string[]> {
  const entries = await readdir(builtInCoursesDir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(builtInCoursesDir, entry.name))
    .sort();
}
