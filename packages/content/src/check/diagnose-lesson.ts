import { READING_GRADE_LIMIT } from "../reading-grade";
import { renderLesson, type RenderedLesson } from "../render/pipeline";
import { lessonBodyProblems } from "./lesson-body-problems";

/** One problem in a lesson's Markdown, for an editor to underline: offsets into the Markdown. */
export interface LessonDiagnostic {
  /** Character offset where the problem starts (0-based, inclusive). */
  from: number;
  /** Character offset where it ends (exclusive); equal to `from` for a point. */
  to: number;
  /** "error" blocks publishing, exactly as in `content:check`. */
  severity: "error" | "warning";
  message: string;
  /** 1-based line of `from`, for lists and screen readers ("line 12: …"). */
  line: number;
}

export interface DiagnoseLessonContext {
  /** The course the lesson belongs to (course images resolve under it). */
  courseSlug: string;
  mediaBaseUrl?: string;
  /** Highest allowed reading grade (default READING_GRADE_LIMIT, as in `content:check`). */
  readingGradeLimit?: number;
}

/**
 * The inline diagnostics of an already rendered lesson body (when the caller rendered it for a
 * preview anyway): the same lesson-body rules as `content:check`, with character offsets.
 */
export function diagnoseRenderedLesson(
  rendered: RenderedLesson,
  markdown: string,
  context: Pick<DiagnoseLessonContext, "readingGradeLimit"> = {},
): LessonDiagnostic[] {
  return lessonBodyProblems(rendered, markdown, context.readingGradeLimit ?? READING_GRADE_LIMIT)
    .map(({ line, from, to, message }) => ({
      line,
      from: Math.max(0, Math.min(from, markdown.length)),
      to: Math.max(0, Math.min(Math.max(from, to), markdown.length)),
      severity: "error" as const,
      message,
    }))
    .sort((a, b) => a.from - b.from || a.to - b.to);
}

/**
 * Check a lesson's Markdown body with the content package's own validation (the renderer's
 * diagnostics plus the lesson-body rules of `content:check`) and return each problem with its
 * character offsets. Pure and browser-safe (no node imports): the lesson editor calls it as the
 * coach types.
 */
export function diagnoseLessonMarkdown(
  markdown: string,
  context: DiagnoseLessonContext,
): LessonDiagnostic[] {
  const rendered = renderLesson(markdown, {
    courseSlug: context.courseSlug,
    mediaBaseUrl: context.mediaBaseUrl,
  });
  return diagnoseRenderedLesson(rendered, markdown, context);
}
