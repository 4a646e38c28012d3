import { ProgressBar } from "@soleus/ui/progress-bar";
import type { CourseOutline } from "@soleus/api/content/types";
import { learnerApi, signedInPerson } from "~/learning/learner-api";
import { quizPath } from "~/learning/paths";
import { lessonPath } from "./format";
import { CourseComplete } from "./progress/course-complete";

/** The signed-in learner's standing in a course: lessons done, where to carry on, and the final quiz. */
export async function CourseStatus({ course }: { course: CourseOutline }) {
  if (!(await signedInPerson())) return null;
  const api = await learnerApi();
  const [progress, completion] = await Promise.all([
    api.progress.mine({ course: course.slug }),
    api.progress.completion({ course: course.slug }),
  ]);
  const done = new Set(progress.completedLessons.map((entry) => entry.lesson));
  const total = course.lessons.length;
  const completed = course.lessons.filter((lesson) => done.has(lesson.slug)).length;
  const next = course.lessons.find((lesson) => !done.has(lesson.slug));
  const final = course.finalQuiz
    ? progress.quizzes.find((quiz) => quiz.quiz === course.finalQuiz?.slug)
    : undefined;
  return (
    <section className="course-status" aria-labelledby="course-status-title">
      <h2 id="course-status-title">Your progress</h2>
      <CourseComplete completion={completion} headingLevel={3} />
      <p>
        {completed} of {total} lessons complete.
      </p>
      <ProgressBar value={completed} max={Math.max(total, 1)} decorative />
      {next ? (
        <p>
          <a className="button" href={lessonPath(course.slug, next.slug)}>
            {completed === 0 ? "Start" : "Continue where you left off"}: Lesson {next.number},{" "}
            {next.title}
          </a>
        </p>
      ) : (
        <p>You have finished every lesson. Well done.</p>
      )}
      {course.finalQuiz ? (
        <p>
          <strong>Final quiz:</strong>{" "}
          {final
            ? `best score ${Math.round(final.bestPercent ?? 0)}%, ${final.passed ? "passed" : "not passed yet"} (${final.attempts} ${final.attempts === 1 ? "attempt" : "attempts"}).`
            : "not taken yet."}{" "}
          <a href={quizPath(course.slug, course.finalQuiz.slug)}>
            {final ? "Go to the final quiz" : "Take the final quiz"}
          </a>
        </p>
      ) : null}
      <p>
        <a href="/progress">See all my progress</a>
      </p>
    </section>
  );
}
