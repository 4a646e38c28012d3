/**
 * @soleus/content for servers: the content model, the file loader, the checker, the renderer and
 * the database import shape. The loader and import helpers use node:fs / node:crypto; client code
 * imports `@soleus/content/render/pipeline` and `@soleus/content/render/to-react` instead.
 */
export * from "./model/objective";
export * from "./model/blocks";
export * from "./model/lesson";
export * from "./model/course";
export * from "./model/quiz";
export { renderLesson, type RenderOptions, type RenderedLesson } from "./render/pipeline";
export type { TocEntry } from "./render/context";
export type { RenderDiagnostic } from "./render/diagnostics";
export { readingMinutes, WORDS_PER_MINUTE } from "./render/reading-time";
export { readingGrade, READING_GRADE_LIMIT, type ReadingGrade } from "./reading-grade";
export {
  loadCourseFromFiles,
  type LoadedCourseFiles,
  type LoadedLesson,
  type LoadedYamlFile,
} from "./load/load-course-from-files";
export { parseYamlWithLines, type YamlWithLines } from "./load/yaml-with-lines";
export {
  checkCourse,
  type CheckOptions,
  type CourseCheckResult,
  type CourseSummary,
} from "./check/check-course";
export { checkCourseDir, courseWords } from "./check/check-dir";
export { loadSeeds, findCopiedSentences, type SeedIndex } from "./check/seed-copy";
export type { Issue, Warning } from "./check/issues";
export {
  checkQuizItems,
  type QuizCourseContext,
  type QuizItemFinding,
  type CourseItemCheckCode,
} from "./check/quiz-items/check-quiz-items";
export {
  courseToImport,
  type CourseImport,
  type LessonImport,
  type QuizImport,
} from "./import/course-to-import";
export { canonicalJson, contentHash } from "./import/canonical-hash";
export { builtInCoursesDir, listBuiltInCourseDirs } from "./built-in";
