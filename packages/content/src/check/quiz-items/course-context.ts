import type { ItemCheckCode, ItemFinding } from "@soleus/quiz-engine/item-checks";

/** What the course-level checks need to know about the course around a quiz. */
export interface QuizCourseContext {
  /** Objective ids declared in course.yaml. */
  objectiveIds: ReadonlySet<string>;
  /** Heading anchors of each lesson's rendered body, by lesson slug. */
  anchorsByLesson: ReadonlyMap<string, readonly string[]>;
  /** Lessons listed in course.yaml whose files failed to load (already reported elsewhere). */
  unloadedLessons?: ReadonlySet<string>;
  /** Highest Flesch-Kincaid grade for a prompt (default READING_GRADE_LIMIT, 8). */
  readingGradeLimit?: number;
}

/** Codes of the checks that need the course: coverage, sections, feedback, readability. */
export type CourseItemCheckCode =
  | "objective-coverage"
  | "unknown-objective"
  | "section"
  | "wrong-answer-feedback"
  | "readability"
  | "stale-acknowledgement";

/** A finding of any item check, with the author's reason when the warning is kept on purpose. */
export type QuizItemFinding = ItemFinding<ItemCheckCode | CourseItemCheckCode> & {
  /** The reason given in the quiz file for keeping this warning, when there is one. */
  acknowledged?: string;
};
