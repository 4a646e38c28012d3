import type { Problem } from "./quiz-problems";
import type { QuestionDraft } from "./quiz-draft";

/** A lesson the questions can send learners back to, with its real headings. */
export interface LessonChoice {
  slug: string;
  title: string;
  headings: { anchor: string; text: string; depth: number }[];
}

/** What a question's fields need around them: the course's choices and the question's problems. */
export interface QuestionContext {
  /** Unique prefix for this question's control ids. */
  idPrefix: string;
  /** Problems at a field of this question ("options.1.text"). */
  problemsAt: (field: string) => Problem[];
  /** Problems at a field of this question and everything under it. */
  problemsUnder: (field: string) => Problem[];
  objectives: { id: string; title: string }[];
  lessons: LessonChoice[];
  /** Id of the datalist of misconception tags used in the course. */
  misconceptionList: string;
  /** Id of the datalist of question tags used in the course. */
  tagList: string;
}

export interface QuestionFieldsProps {
  question: QuestionDraft;
  onChange: (next: QuestionDraft) => void;
  ctx: QuestionContext;
}

/** An array field of a question, typed as the editor uses it. */
export function listOf<T>(question: QuestionDraft, key: string): T[] {
  const value = question[key];
  return Array.isArray(value) ? (value as T[]) : [];
}

export function textOf(value: unknown): string {
  return typeof value === "string" ? value : "";
}
