import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { quizSchema, type Quiz } from "@soleus/quiz-engine/schema";
import { zodIssuesToIssues, type Issue } from "../check/issues";
import { courseFileSchema, type Course, type CourseFile } from "../model/course";
import { lessonFrontMatterSchema, type Lesson } from "../model/lesson";
import { splitFrontMatter } from "./front-matter";
import { parseYamlWithLines, type YamlWithLines } from "./yaml-with-lines";

export interface LoadedYamlFile<T> {
  path: string;
  yaml: YamlWithLines;
  data: T;
}

export interface LoadedLesson extends LoadedYamlFile<Lesson> {
  /** Add to a line of the Markdown body to get the line in the file. */
  bodyLineOffset: number;
}

/** Everything read from one course folder, with line lookups for precise reports. */
export interface LoadedCourseFiles {
  dir: string;
  courseFile?: LoadedYamlFile<CourseFile>;
  /** Valid lessons, in course order. */
  lessons: LoadedLesson[];
  /** Valid quizzes by file name (without `.yaml`). */
  quizzes: Map<string, LoadedYamlFile<Quiz>>;
  /** The assembled course, when every file loaded without problems. */
  course?: Course;
  /** Problems found while reading and validating the files. */
  issues: Issue[];
}

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch {
    return undefined;
  }
}

async function listDir(path: string): Promise<string[]> {
  try {
    return (await readdir(path)).sort();
  } catch {
    return [];
  }
}

async function loadYamlFile<T>(
  path: string,
  schema: {
    safeParse(
      value: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  issues: Issue[],
): Promise<LoadedYamlFile<T> | undefined> {
  const source = await readText(path);
  if (source === undefined) {
    issues.push({ file: path, line: 1, message: "file is missing or unreadable" });
    return undefined;
  }
  const yaml = parseYamlWithLines(source);
  if (yaml.errors.length > 0) {
    issues.push(...yaml.errors.map((error) => ({ file: path, ...error })));
    return undefined;
  }
  const parsed = schema.safeParse(yaml.value);
  if (!parsed.success) {
    issues.push(...zodIssuesToIssues(path, parsed.error.issues, yaml.lineOf));
    return undefined;
  }
  return { path, yaml, data: parsed.data };
}

async function loadLesson(path: string, issues: Issue[]): Promise<LoadedLesson | undefined> {
  const source = await readText(path);
  if (source === undefined) {
    issues.push({ file: path, line: 1, message: "file is missing or unreadable" });
    return undefined;
  }
  const split = splitFrontMatter(source);
  if ("error" in split) {
    issues.push({ file: path, line: 1, message: split.error });
    return undefined;
  }
  const { frontMatter } = split;
  if (frontMatter.errors.length > 0) {
    issues.push(...frontMatter.errors.map((error) => ({ file: path, ...error })));
    return undefined;
  }
  const parsed = lessonFrontMatterSchema.safeParse(frontMatter.value);
  if (!parsed.success) {
    issues.push(...zodIssuesToIssues(path, parsed.error.issues, frontMatter.lineOf));
    return undefined;
  }
  return {
    path,
    yaml: frontMatter,
    data: { ...parsed.data, body: split.body },
    bodyLineOffset: split.bodyLineOffset,
  };
}

/** Lesson files are `NN-<slug>.md` (or `<slug>.md`): map each slug to its file name. */
function lessonFilesBySlug(
  files: readonly string[],
): Map<string, { file: string; number?: number }> {
  const result = new Map<string, { file: string; number?: number }>();
  for (const file of files) {
    const match = /^(?:(\d+)-)?([a-z0-9][a-z0-9-]*)\.md$/.exec(file);
    if (match?.[2] !== undefined)
      result.set(match[2], { file, number: match[1] === undefined ? undefined : Number(match[1]) });
  }
  return result;
}

/**
 * Read a course folder (course.yaml, lessons/*.md, quizzes/*.yaml), validate every file against
 * the content model and assemble the course. Server-only: it reads the file system.
 */
export async function loadCourseFromFiles(dir: string): Promise<LoadedCourseFiles> {
  const issues: Issue[] = [];
  const quizzes = new Map<string, LoadedYamlFile<Quiz>>();
  const lessons: LoadedLesson[] = [];
  const coursePath = join(dir, "course.yaml");
  if (!(await stat(dir).catch(() => undefined))?.isDirectory()) {
    issues.push({ file: dir, line: 1, message: "course folder not found" });
    return { dir, lessons, quizzes, issues };
  }
  const courseFile = await loadYamlFile(coursePath, courseFileSchema, issues);

  const lessonFiles = lessonFilesBySlug(await listDir(join(dir, "lessons")));
  const listed = courseFile?.data.lessons ?? [];
  let previousNumber = -Infinity;
  for (const [index, slug] of listed.entries()) {
    const entry = lessonFiles.get(slug);
    if (!entry) {
      issues.push({
        file: coursePath,
        line: courseFile?.yaml.lineOf(["lessons", index]) ?? 1,
        message: `lesson "${slug}" has no file lessons/NN-${slug}.md`,
      });
      continue;
    }
    const path = join(dir, "lessons", entry.file);
    if (entry.number !== undefined) {
      if (entry.number <= previousNumber)
        issues.push({
          file: path,
          line: 1,
          message: `file number ${entry.number} is out of course order (course.yaml lists lessons in reading order)`,
        });
      previousNumber = entry.number;
    }
    const lesson = await loadLesson(path, issues);
    if (!lesson) continue;
    if (lesson.data.slug !== slug) {
      issues.push({
        file: path,
        line: lesson.yaml.lineOf(["slug"]),
        message: `slug "${lesson.data.slug}" does not match the file name and course.yaml ("${slug}")`,
      });
    }
    lessons.push(lesson);
  }
  for (const [slug, entry] of lessonFiles) {
    if (courseFile && !listed.includes(slug))
      issues.push({
        file: join(dir, "lessons", entry.file),
        line: 1,
        message: `lesson "${slug}" is not listed in course.yaml`,
      });
  }

  const quizNames = [
    ...lessons.map((lesson) => lesson.data.quiz),
    ...(courseFile ? [courseFile.data.finalQuiz] : []),
  ];
  for (const name of new Set(quizNames)) {
    const quiz = await loadYamlFile(join(dir, "quizzes", `${name}.yaml`), quizSchema, issues);
    if (quiz) quizzes.set(name, quiz);
  }
  // With a lesson missing we cannot know which quiz it would use, so only then skip the unused-file check.
  const allLessonsLoaded = lessons.length === listed.length;
  for (const file of await listDir(join(dir, "quizzes"))) {
    const name = file.replace(/\.ya?ml$/, "");
    if (courseFile && allLessonsLoaded && !quizNames.includes(name))
      issues.push({
        file: join(dir, "quizzes", file),
        line: 1,
        message: `quiz file "${file}" is not used by any lesson or as the final quiz`,
      });
  }

  const result: LoadedCourseFiles = { dir, courseFile, lessons, quizzes, issues };
  if (issues.length === 0 && courseFile)
    result.course = assembleCourse(courseFile.data, lessons, quizzes);
  return result;
}

function assembleCourse(
  file: CourseFile,
  lessons: LoadedLesson[],
  quizzes: Map<string, LoadedYamlFile<Quiz>>,
): Course | undefined {
  const finalQuiz = quizzes.get(file.finalQuiz)?.data;
  const withChecks = lessons.map((lesson) => ({
    lesson: lesson.data,
    check: quizzes.get(lesson.data.quiz)?.data,
  }));
  if (!finalQuiz || withChecks.some((entry) => entry.check === undefined)) return undefined;
  return {
    ...file,
    lessons: withChecks.flatMap(({ lesson, check }) => (check ? [{ ...lesson, check }] : [])),
    finalQuiz,
  };
}
