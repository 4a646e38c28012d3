/** Where the learning pages live. */
export const quizPath = (course: string, quiz: string) => `/courses/${course}/quiz/${quiz}`;
export const attemptPath = (attemptId: string) => `/attempts/${attemptId}`;
export const resultPath = (attemptId: string) => `/attempts/${attemptId}/result`;
export const sectionPath = (course: string, section: { lesson: string; anchor: string }) =>
  `/courses/${course}/${section.lesson}#${section.anchor}`;
export const signInPath = (next: string) => `/sign-in?next=${encodeURIComponent(next)}`;
export const signUpPath = (next: string) => `/sign-up?next=${encodeURIComponent(next)}`;
