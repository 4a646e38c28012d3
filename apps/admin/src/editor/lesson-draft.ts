/** What the lesson editor edits and autosaves (the api's lesson draft content). */
export interface LessonDraft {
  title: string;
  summary: string;
  minutes: number;
  objectives: string[];
  bodyMarkdown: string;
  /** The quiz that checks this lesson (the "Check quiz" field), or none. */
  quizSlug: string | null;
}

export type LessonFieldErrors = Partial<
  Record<"title" | "summary" | "minutes" | "objectives", string>
>;

const slug = /^[a-z0-9][a-z0-9-]*$/;

/**
 * The same limits the server checks, shown inline while typing (the server stays the judge:
 * a refused save shows its message in the save status).
 */
export function lessonFieldErrors(draft: LessonDraft): LessonFieldErrors {
  const errors: LessonFieldErrors = {};
  const title = draft.title.trim();
  if (title === "") errors.title = "Give the lesson a title.";
  else if (title.length > 120)
    errors.title = `Keep the title to 120 characters (it has ${String(title.length)}).`;
  const summary = draft.summary.trim();
  if (summary === "") errors.summary = "Write a one-sentence summary for the course page.";
  else if (summary.length > 300)
    errors.summary = `Keep the summary to 300 characters (it has ${String(summary.length)}).`;
  if (!Number.isInteger(draft.minutes) || draft.minutes < 1 || draft.minutes > 120)
    errors.minutes = "Minutes must be a whole number from 1 to 120.";
  if (draft.objectives.length === 0) errors.objectives = "Choose at least one objective.";
  else {
    const bad = draft.objectives.find((objective) => !slug.test(objective));
    if (bad !== undefined)
      errors.objectives = `"${bad}" is not an objective id (lower-case words joined by hyphens).`;
  }
  return errors;
}
