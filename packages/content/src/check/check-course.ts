import type { LoadedCourseFiles } from "../load/load-course-from-files";
import type { RenderedLesson } from "../render/pipeline";
import { READING_GRADE_LIMIT } from "../reading-grade";
import { checkLesson } from "./check-lessons";
import { checkFinalQuizShape, checkLessonCheckSize, checkQuizQuestions } from "./check-questions";
import { courseTexts } from "./course-texts";
import { sortIssues, type Issue, type Warning } from "./issues";
import { checkQuizItems } from "./quiz-items/check-quiz-items";
import { findingsToIssues } from "./quiz-items/to-issues";
import { findCopiedSentences, type SeedIndex } from "./seed-copy";

/** Each objective needs this many questions across the course for mastery to mean something. */
export const MIN_QUESTIONS_PER_OBJECTIVE = 3;

export interface CheckOptions {
  /** Highest allowed Flesch-Kincaid grade per lesson (default READING_GRADE_LIMIT, 8.0). */
  readingGradeLimit?: number;
  /** When given, no long sentence may be copied from these seed documents. */
  seeds?: SeedIndex;
}

export interface CourseSummary {
  slug: string;
  lessons: {
    slug: string;
    minutes: number;
    readingMinutes: number;
    readingGrade: number;
    questions: number;
  }[];
  finalQuizQuestions: number;
  finalQuizTypes: number;
}

function duplicates<T>(
  items: readonly T[],
  key: (item: T) => string,
): { item: T; index: number; value: string }[] {
  const seen = new Set<string>();
  return items.flatMap((item, index) => {
    const value = key(item);
    if (seen.has(value)) return [{ item, index, value }];
    seen.add(value);
    return [];
  });
}

/** The result of checking a course: errors (`issues`, empty when fit to publish), warnings, and a summary. */
export interface CourseCheckResult {
  issues: Issue[];
  warnings: Warning[];
  summary?: CourseSummary;
}

/** Validate a loaded course against every content rule and item check. */
export function checkCourse(
  loaded: LoadedCourseFiles,
  options: CheckOptions = {},
): CourseCheckResult {
  const issues: Issue[] = [...loaded.issues];
  const warnings: Warning[] = [];
  const { courseFile } = loaded;
  if (!courseFile) return { issues: sortIssues(issues), warnings };
  const coursePath = courseFile.path;
  const at = (path: PropertyKey[], message: string): void => {
    issues.push({ file: coursePath, line: courseFile.yaml.lineOf(path), message });
  };
  const { objectives, lessons: lessonSlugs, slug: courseSlug } = courseFile.data;
  for (const dup of duplicates(objectives, (o) => o.id))
    at(["objectives", dup.index, "id"], `duplicate objective id "${dup.value}"`);
  for (const dup of duplicates(lessonSlugs, (s) => s))
    at(["lessons", dup.index], `lesson "${dup.value}" is listed twice`);
  const objectiveIds = new Set(objectives.map((o) => o.id));

  const rendered = new Map<string, RenderedLesson>();
  for (const lesson of loaded.lessons) {
    const result = checkLesson(lesson, {
      courseSlug,
      objectiveIds,
      readingGradeLimit: options.readingGradeLimit ?? READING_GRADE_LIMIT,
    });
    issues.push(...result.issues);
    rendered.set(lesson.data.slug, result.rendered);
  }
  for (const dup of duplicates(loaded.lessons, (l) => l.data.quiz)) {
    issues.push({
      file: dup.item.path,
      line: dup.item.yaml.lineOf(["quiz"]),
      message: `quiz "${dup.value}" is already the check of another lesson`,
    });
  }
  for (const lesson of loaded.lessons) {
    if (lesson.data.quiz === courseFile.data.finalQuiz) {
      issues.push({
        file: lesson.path,
        line: lesson.yaml.lineOf(["quiz"]),
        message: `quiz "${lesson.data.quiz}" is the final quiz; give the lesson its own check`,
      });
    }
  }

  // A listed lesson that failed to load is already reported; don't cascade into every link to it.
  const unloaded = new Set(lessonSlugs.filter((slug) => !rendered.has(slug)));
  const anchorsByLesson = new Map([...rendered].map(([slug, result]) => [slug, result.anchors]));
  const quizFiles = [...loaded.quizzes.values()];
  for (const dup of duplicates(quizFiles, (q) => q.data.id)) {
    issues.push({
      file: dup.item.path,
      line: dup.item.yaml.lineOf(["id"]),
      message: `duplicate quiz id "${dup.value}" (another quiz file uses it)`,
    });
  }
  for (const [name, quiz] of loaded.quizzes) {
    issues.push(...checkQuizQuestions(quiz));
    const items = findingsToIssues(
      quiz,
      checkQuizItems(quiz.data, {
        objectiveIds,
        anchorsByLesson,
        unloadedLessons: unloaded,
        readingGradeLimit: options.readingGradeLimit,
      }),
    );
    issues.push(...items.issues);
    warnings.push(...items.warnings);
    if (name === courseFile.data.finalQuiz) issues.push(...checkFinalQuizShape(quiz));
    if (loaded.lessons.some((lesson) => lesson.data.quiz === name))
      issues.push(...checkLessonCheckSize(quiz));
  }

  const questions = quizFiles.flatMap((quiz) => quiz.data.questions);
  objectives.forEach((objective, index) => {
    const count = questions.filter((question) => question.objectives.includes(objective.id)).length;
    if (count < MIN_QUESTIONS_PER_OBJECTIVE) {
      at(
        ["objectives", index, "id"],
        `objective "${objective.id}" is assessed by ${count} question(s); it needs at least ${MIN_QUESTIONS_PER_OBJECTIVE} across the course`,
      );
    }
    if (
      unloaded.size === 0 &&
      !loaded.lessons.some((lesson) => lesson.data.objectives.includes(objective.id))
    ) {
      at(["objectives", index, "id"], `objective "${objective.id}" is not taught by any lesson`);
    }
  });

  if (options.seeds)
    issues.push(...findCopiedSentences(courseTexts(loaded, rendered), options.seeds));

  const finalQuiz = loaded.quizzes.get(courseFile.data.finalQuiz)?.data;
  const summary: CourseSummary = {
    slug: courseSlug,
    lessons: loaded.lessons.map((lesson) => {
      const result = rendered.get(lesson.data.slug);
      return {
        slug: lesson.data.slug,
        minutes: lesson.data.minutes,
        readingMinutes: result?.readingMinutes ?? 0,
        readingGrade: result?.readingGrade.grade ?? 0,
        questions: loaded.quizzes.get(lesson.data.quiz)?.data.questions.length ?? 0,
      };
    }),
    finalQuizQuestions: finalQuiz?.questions.length ?? 0,
    finalQuizTypes: new Set(finalQuiz?.questions.map((q) => q.type)).size,
  };
  return { issues: sortIssues(issues), warnings: sortIssues(warnings), summary };
}
