import { renderLesson, type RenderedLesson } from "../render/pipeline";
import type { LoadedLesson } from "../load/load-course-from-files";
import type { Issue } from "./issues";
import { lessonBodyProblems } from "./lesson-body-problems";

export const LESSON_MINUTES = { min: 3, max: 7 } as const;

export interface LessonCheckContext {
  courseSlug: string;
  objectiveIds: ReadonlySet<string>;
  readingGradeLimit: number;
  mediaBaseUrl?: string;
}

/** Render a lesson and report its problems: blocks, images, links, reading grade, length, objectives. */
export function checkLesson(
  lesson: LoadedLesson,
  ctx: LessonCheckContext,
): { rendered: RenderedLesson; issues: Issue[] } {
  const { path, data, yaml, bodyLineOffset } = lesson;
  const rendered = renderLesson(data.body, {
    courseSlug: ctx.courseSlug,
    mediaBaseUrl: ctx.mediaBaseUrl,
  });
  const issues: Issue[] = lessonBodyProblems(rendered, data.body, ctx.readingGradeLimit).map(
    (problem) => ({ file: path, line: problem.line + bodyLineOffset, message: problem.message }),
  );

  data.objectives.forEach((id, index) => {
    if (!ctx.objectiveIds.has(id))
      issues.push({
        file: path,
        line: yaml.lineOf(["objectives", index]),
        message: `unknown objective "${id}" (not in course.yaml)`,
      });
  });
  if (data.minutes < LESSON_MINUTES.min || data.minutes > LESSON_MINUTES.max) {
    issues.push({
      file: path,
      line: yaml.lineOf(["minutes"]),
      message: `lesson is ${data.minutes} minutes; keep lessons between ${LESSON_MINUTES.min} and ${LESSON_MINUTES.max}`,
    });
  }
  return { rendered, issues };
}
