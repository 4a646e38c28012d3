import { join } from "node:path";
import { serveCourseImage } from "@soleus/app-runtime/images/serve";

// The content package's `builtInCoursesDir` (a `new URL("../courses", import.meta.url)` folder)
// cannot go through Turbopack, so the app finds the same folder from its own: `next start` runs
// in apps/web, two levels below the repository root.
const builtInCoursesDir = join(process.cwd(), "..", "..", "packages", "content", "courses");

/**
 * Course images: uploaded ones by content hash from the database (every instance serves every
 * image), built-in ones from the course folders. Headers: @soleus/app-runtime/images (decision 0030).
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ course: string; file: string }> },
) {
  const { course, file } = await params;
  return serveCourseImage("web", course, file, builtInCoursesDir);
}
