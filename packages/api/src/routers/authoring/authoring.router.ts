import "server-only";
import { authoringCourseWordsRouter } from "./course-words.router";
import { authoringCoursesRouter } from "./courses.router";
import { authoringLessonsRouter } from "./lessons.router";
import { authoringPresenceRouter } from "./presence.router";
import { authoringQuizzesRouter } from "./quizzes.router";

/** The admin app's authoring API (README.md next to this file describes every procedure). */
export const authoringRouter = {
  courses: authoringCoursesRouter,
  courseWords: authoringCourseWordsRouter,
  lessons: authoringLessonsRouter,
  quizzes: authoringQuizzesRouter,
  presence: authoringPresenceRouter,
};
