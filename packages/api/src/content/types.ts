import type { Objective } from "@soleus/content/model/objective";

/** A course as the catalog shows it. */
export interface PublishedCourseSummary {
  slug: string;
  title: string;
  summary: string;
  audience: string;
  minutes: number;
  objectives: Objective[];
  lessonCount: number;
}

/** A quiz as the reading pages mention it (title only: questions never travel with content). */
export interface QuizMention {
  slug: string;
  title: string;
}

/** One lesson in a course's table of contents. */
export interface LessonOutline {
  slug: string;
  /** 1-based place in the course's reading order. */
  number: number;
  title: string;
  summary: string;
  minutes: number;
  /** The course objectives this lesson teaches (unknown ids are left out). */
  objectives: Objective[];
  checkQuiz: QuizMention | null;
}

/** A course page: the course, its published lessons in order and its final quiz. */
export interface CourseOutline extends Omit<PublishedCourseSummary, "lessonCount"> {
  lessons: LessonOutline[];
  finalQuiz: QuizMention | null;
}

/** A neighbouring lesson, for previous/next links. */
export interface LessonLink {
  slug: string;
  number: number;
  title: string;
}

/** A lesson to read: its published revision, where it sits in the course, and its neighbours. */
export interface PublishedLesson {
  course: { slug: string; title: string; lessonCount: number };
  lesson: Omit<LessonOutline, "checkQuiz"> & {
    /** Identifies the published revision: rendered output may be cached under it (revisions never change). */
    revisionId: string;
    bodyMarkdown: string;
  };
  checkQuiz: QuizMention | null;
  previous: LessonLink | null;
  next: LessonLink | null;
}
