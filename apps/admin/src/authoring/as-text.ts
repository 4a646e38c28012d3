import type { CourseDetails } from "~/courses/course-details-form";
import type { LessonDraft } from "~/editor/lesson-draft";

/** A lesson as readable text for diffs: its fields as lines, then the body. */
export function lessonAsText(lesson: LessonDraft): string {
  return [
    `Title: ${lesson.title}`,
    `Summary: ${lesson.summary}`,
    `Minutes: ${String(lesson.minutes)}`,
    `Objectives: ${lesson.objectives.join(", ")}`,
    "",
    lesson.bodyMarkdown,
  ].join("\n");
}

/** A course as readable text for diffs. */
export function courseAsText(course: CourseDetails & { lessonTitles?: string[] }): string {
  return [
    `Title: ${course.title}`,
    `Summary: ${course.summary}`,
    `Who it is for: ${course.audience}`,
    `Minutes: ${String(course.minutes)}`,
    "Objectives:",
    ...course.objectives.map((o) => `- ${o.id}: ${o.title} — ${o.description}`),
    ...(course.lessonTitles
      ? ["Lessons:", ...course.lessonTitles.map((t, i) => `${String(i + 1)}. ${t}`)]
      : []),
  ].join("\n");
}
