import { loadCourseFromFiles } from "../load/load-course-from-files";
import { checkCourse, type CheckOptions, type CourseSummary } from "./check-course";
import type { Issue } from "./issues";

/** Load a course folder and check it: the whole of `content:check` for one course. */
export async function checkCourseDir(dir: string, options: CheckOptions = {}): Promise<{ issues: Issue[]; summary?: CourseSummary }> {
  return checkCourse(await loadCourseFromFiles(dir), options);
}
