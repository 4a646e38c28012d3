import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { loadCourseFromFiles } from "../load/load-course-from-files";
import { checkCourse, type CheckOptions, type CourseCheckResult } from "./check-course";
import { sortIssues } from "./issues";
import { checkSpelling } from "./spelling/check-spelling";
import { parseWordList } from "./spelling/spelling-settings";
import { spellingTexts } from "./spelling/spelling-texts";

/** The course's own words (terms the dictionary lacks), one per line, in the course folder. */
export const WORD_LIST_FILE = "spelling-words.txt";

/** The course folder's own spelling words (none when it has no word list). */
export async function courseWords(dir: string): Promise<string[]> {
  try {
    return parseWordList(await readFile(join(dir, WORD_LIST_FILE), "utf8"));
  } catch {
    return [];
  }
}

/** Load a course folder and check it, spelling included: the whole of `content:check` for one course. */
export async function checkCourseDir(
  dir: string,
  options: CheckOptions = {},
): Promise<CourseCheckResult> {
  const loaded = await loadCourseFromFiles(dir);
  const result = checkCourse(loaded, options);
  const spelling = await checkSpelling(spellingTexts(loaded), await courseWords(dir));
  return { ...result, issues: sortIssues([...result.issues, ...spelling]) };
}
