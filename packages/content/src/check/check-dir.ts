import { loadCourseFromFiles } from "../load/load-course-from-files";
import { checkCourse, type CheckOptions, type CourseCheckResult } from "./check-course";

/** Load a course folder and check it: the whole of `content:check` for one course. */
export async function checkCourseDir(dir: string, options: CheckOptions = {}): Promise<CourseCheckResult> {
  return checkCourse(await loadCourseFromFiles(dir), options);
}
