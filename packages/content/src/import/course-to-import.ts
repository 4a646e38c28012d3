import type { Quiz } from "@soleus/quiz-engine/schema";
import type { Course } from "../model/course";
import type { Objective } from "../model/objective";
import { contentHash } from "./canonical-hash";

export interface CourseImportRow {
  slug: string;
  title: string;
  summary: string;
  audience: string;
  minutes: number;
  objectives: Objective[];
  /** Hash of this row's fields. */
  hash: string;
}

export interface LessonImport {
  slug: string;
  /** 0-based reading order. */
  position: number;
  title: string;
  summary: string;
  minutes: number;
  objectives: string[];
  bodyMarkdown: string;
  /** Id of the lesson's check quiz. */
  quizId: string;
  hash: string;
}

export interface QuizImport {
  id: string;
  kind: "lesson_check" | "final";
  /** The lesson this quiz checks; null for the final quiz. */
  lessonSlug: string | null;
  title: string;
  passPercent: number;
  settings: Quiz["settings"];
  questions: Quiz["questions"];
  hash: string;
}

export interface CourseImport {
  course: CourseImportRow;
  lessons: LessonImport[];
  quizzes: QuizImport[];
}

function quizImport(quiz: Quiz, kind: QuizImport["kind"], lessonSlug: string | null): QuizImport {
  const data = {
    id: quiz.id,
    kind,
    lessonSlug,
    title: quiz.title,
    passPercent: quiz.passPercent,
    settings: quiz.settings,
    questions: quiz.questions,
  };
  return { ...data, hash: contentHash(data) };
}

/**
 * Plain, serialisable data for the database importer. Every row carries the sha256 of its
 * canonical JSON, so the importer can skip rows whose hash it already has (idempotent seeding).
 */
export function courseToImport(course: Course): CourseImport {
  const { slug, title, summary, audience, minutes, objectives } = course;
  const row = { slug, title, summary, audience, minutes, objectives };
  const lessons = course.lessons.map((lesson, position): LessonImport => {
    const data = {
      slug: lesson.slug,
      position,
      title: lesson.title,
      summary: lesson.summary,
      minutes: lesson.minutes,
      objectives: lesson.objectives,
      bodyMarkdown: lesson.body,
      quizId: lesson.check.id,
    };
    return { ...data, hash: contentHash(data) };
  });
  const quizzes = [
    ...course.lessons.map((lesson) => quizImport(lesson.check, "lesson_check", lesson.slug)),
    quizImport(course.finalQuiz, "final", null),
  ];
  return structuredClone({ course: { ...row, hash: contentHash(row) }, lessons, quizzes });
}
