import { join } from "node:path";
import { serveCourseImage } from "@soleus/app-runtime/images/serve";

// `next start` runs in apps/admin, two levels below the repository root (see the learner site's route).
const builtInCoursesDir = join(process.cwd(), "..", "..", "packages", "content", "courses");

/** Course images for the editor's preview: the same addresses and headers as on the learner site. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ course: string; file: string }> },
) {
  const { course, file } = await params;
  return serveCourseImage("admin", course, file, builtInCoursesDir);
}
