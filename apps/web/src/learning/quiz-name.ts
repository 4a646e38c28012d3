import type { CourseOutline } from "@soleus/api/content/types";

/**
 * A quiz's name as a sentence uses it: "Meet the soleus check" for a lesson's check, "The Second
 * Heart final quiz" for the final quiz; the quiz's own title when the course does not list it.
 */
export function quizName(course: CourseOutline | null, quizSlug: string, title: string): string {
  if (!course) return title;
  if (course.finalQuiz?.slug === quizSlug) return `${course.title} final quiz`;
  const lesson = course.lessons.find((l) => l.checkQuiz?.slug === quizSlug);
  return lesson ? `${lesson.title} check` : title;
}
