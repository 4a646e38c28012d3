import { stringify } from "yaml";
import { quizSchema, type Quiz } from "@soleus/quiz-engine/schema";
import type {
  LoadedCourseFiles,
  LoadedLesson,
  LoadedYamlFile,
} from "../load/load-course-from-files";
import { splitFrontMatter } from "../load/front-matter";
import { parseYamlWithLines } from "../load/yaml-with-lines";
import { courseFileSchema, type CourseFile } from "../model/course";
import { lessonFrontMatterSchema, type LessonFrontMatter } from "../model/lesson";
import { READING_GRADE_LIMIT } from "../reading-grade";
import { checkCourse, type CheckOptions, type CourseCheckResult } from "./check-course";
import { checkLesson } from "./check-lessons";
import { checkFinalQuizShape, checkLessonCheckSize, checkQuizQuestions } from "./check-questions";
import { sortIssues, zodIssuesToIssues, type Issue } from "./issues";
import { checkQuizItems } from "./quiz-items/check-quiz-items";
import { findingsToIssues } from "./quiz-items/to-issues";
import { checkSpelling } from "./spelling/check-spelling";
import { spellingTexts } from "./spelling/spelling-texts";

/**
 * `content:check` for content that lives in the database (the admin app's publish step): the
 * data is written out as the same course files (course.yaml, lessons/<slug>.md, quizzes/<id>.yaml)
 * in memory, read back with the same parsers and schemas, and checked by the same functions the
 * command line uses. Issues name those virtual files and their lines.
 */
export interface LessonData extends LessonFrontMatter {
  body: string;
}
export type QuizData = Quiz;
export interface CourseData {
  course: CourseFile;
  /** The lessons course.yaml lists, in its order. */
  lessons: LessonData[];
  /** Every quiz the lessons and the final quiz name, by id. */
  quizzes: QuizData[];
  /** The course's own spelling words (`spelling-words.txt` of a course folder). */
  words?: string[];
}

export const lessonFilePath = (slug: string) => `lessons/${slug}.md`;
export const quizFilePath = (id: string) => `quizzes/${id}.yaml`;
export const COURSE_FILE_PATH = "course.yaml";

function yamlFile<T>(
  path: string,
  data: unknown,
  schema: typeof courseFileSchema | typeof quizSchema,
  issues: Issue[],
): LoadedYamlFile<T> | undefined {
  const yaml = parseYamlWithLines(stringify(data));
  const parsed = schema.safeParse(yaml.value);
  if (!parsed.success) {
    issues.push(...zodIssuesToIssues(path, parsed.error.issues, (at) => yaml.lineOf(at)));
    return undefined;
  }
  return { path, yaml, data: parsed.data as T };
}

/** A lesson as its file would read, parsed back like the loader parses a lesson file. */
export function lessonFile(lesson: LessonData, issues: Issue[]): LoadedLesson | undefined {
  const { body, ...front } = lesson;
  const path = lessonFilePath(lesson.slug);
  const split = splitFrontMatter(`---\n${stringify(front)}---\n${body}`);
  if ("error" in split) {
    issues.push({ file: path, line: 1, message: split.error });
    return undefined;
  }
  const parsed = lessonFrontMatterSchema.safeParse(split.frontMatter.value);
  if (!parsed.success) {
    issues.push(
      ...zodIssuesToIssues(path, parsed.error.issues, (at) => split.frontMatter.lineOf(at)),
    );
    return undefined;
  }
  return {
    path,
    yaml: split.frontMatter,
    data: { ...parsed.data, body: split.body },
    bodyLineOffset: split.bodyLineOffset,
  };
}

function quizFile(quiz: QuizData, issues: Issue[]): LoadedYamlFile<Quiz> | undefined {
  return yamlFile<Quiz>(quizFilePath(quiz.id), quiz, quizSchema, issues);
}

async function withSpelling(
  loaded: LoadedCourseFiles,
  result: CourseCheckResult,
  words: string[],
): Promise<CourseCheckResult> {
  const spelling = await checkSpelling(spellingTexts(loaded), words);
  return { ...result, issues: sortIssues([...result.issues, ...spelling]) };
}

/** The whole of `content:check` for one course held as data: every rule, item check and spelling. */
export async function checkCourseData(
  data: CourseData,
  options: CheckOptions = {},
): Promise<CourseCheckResult> {
  const issues: Issue[] = [];
  const courseFile = yamlFile<CourseFile>(COURSE_FILE_PATH, data.course, courseFileSchema, issues);
  const lessons = data.lessons.flatMap((lesson) => lessonFile(lesson, issues) ?? []);
  const quizzes = new Map<string, LoadedYamlFile<Quiz>>();
  for (const quiz of data.quizzes) {
    const file = quizFile(quiz, issues);
    if (file) quizzes.set(quiz.id, file);
  }
  for (const slug of data.course.lessons)
    if (!data.lessons.some((lesson) => lesson.slug === slug))
      issues.push({
        file: COURSE_FILE_PATH,
        line: 1,
        message: `lesson "${slug}" is listed but has no published content`,
      });
  for (const name of new Set([...data.lessons.map((lesson) => lesson.quiz), data.course.finalQuiz]))
    if (name && !data.quizzes.some((quiz) => quiz.id === name))
      issues.push({
        file: quizFilePath(name),
        line: 1,
        message: `quiz "${name}" has no published content`,
      });
  const loaded: LoadedCourseFiles = { dir: ".", courseFile, lessons, quizzes, issues };
  const words = data.words ?? [];
  return withSpelling(loaded, checkCourse(loaded, options), words);
}

export interface LessonCheckData {
  courseSlug: string;
  lesson: LessonData;
  /** The course's objective ids (a lesson may only name these). */
  objectiveIds: readonly string[];
  words?: string[];
  readingGradeLimit?: number;
}

/** `content:check`'s lesson rules for one lesson: its file, blocks, links, objectives, length, reading grade and spelling. */
export async function checkLessonData(input: LessonCheckData): Promise<Issue[]> {
  const issues: Issue[] = [];
  const file = lessonFile(input.lesson, issues);
  if (!file) return sortIssues(issues);
  issues.push(
    ...checkLesson(file, {
      courseSlug: input.courseSlug,
      objectiveIds: new Set(input.objectiveIds),
      readingGradeLimit: input.readingGradeLimit ?? READING_GRADE_LIMIT,
    }).issues,
  );
  const loaded: LoadedCourseFiles = { dir: ".", lessons: [file], quizzes: new Map(), issues: [] };
  const words = input.words ?? [];
  return sortIssues([...issues, ...(await checkSpelling(spellingTexts(loaded), words))]);
}

export interface QuizCheckData {
  courseSlug: string;
  quiz: QuizData;
  /** "final" for the course's final quiz, "lesson_check" for a lesson's check. */
  kind: "lesson_check" | "final";
  objectiveIds: readonly string[];
  /** The section anchors of each lesson, by lesson slug, for questions that point at a section. */
  lessons: LessonData[];
  words?: string[];
  readingGradeLimit?: number;
}

/** `content:check`'s quiz rules for one quiz: schema, questions, item checks, size or final shape, spelling. */
export async function checkQuizData(input: QuizCheckData): Promise<Issue[]> {
  const issues: Issue[] = [];
  const file = quizFile(input.quiz, issues);
  if (!file) return sortIssues(issues);
  const objectiveIds = new Set(input.objectiveIds);
  const anchorsByLesson = new Map<string, readonly string[]>();
  for (const lesson of input.lessons) {
    const loadedLesson = lessonFile(lesson, []);
    if (!loadedLesson) continue;
    const { rendered } = checkLesson(loadedLesson, {
      courseSlug: input.courseSlug,
      objectiveIds,
      readingGradeLimit: input.readingGradeLimit ?? READING_GRADE_LIMIT,
    });
    anchorsByLesson.set(lesson.slug, rendered.anchors);
  }
  issues.push(...checkQuizQuestions(file));
  issues.push(
    ...findingsToIssues(
      file,
      checkQuizItems(file.data, {
        objectiveIds,
        anchorsByLesson,
        unloadedLessons: new Set(),
        readingGradeLimit: input.readingGradeLimit,
      }),
    ).issues,
  );
  issues.push(...(input.kind === "final" ? checkFinalQuizShape(file) : checkLessonCheckSize(file)));
  const loaded: LoadedCourseFiles = {
    dir: ".",
    lessons: [],
    quizzes: new Map([[input.quiz.id, file]]),
    issues: [],
  };
  const words = input.words ?? [];
  return sortIssues([...issues, ...(await checkSpelling(spellingTexts(loaded), words))]);
}
