import "@soleus/learning-ui/learning.css";
import type { Metadata } from "next";
import { ProgressBar } from "@soleus/ui/progress-bar";
import { coursePath, lessonPath } from "~/components/format";
import { CourseComplete } from "~/components/progress/course-complete";
import { MasteryChart } from "~/components/progress/mastery-chart";
import { AttemptHistory } from "~/components/results/attempt-history";
import { SignInNeeded } from "~/components/sign-in-needed";
import { learnerApi, signedInPerson } from "~/learning/learner-api";
import { LocalTime } from "~/time-zone/local-time";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "My progress" };

const CHART_POINTS = 8;

/** The learner's own progress: lessons, quiz history, mastery over time, and questions due for review. */
export default async function ProgressPage() {
  if (!(await signedInPerson()))
    return <SignInNeeded title="My progress" what="see your progress" next="/progress" />;
  const api = await learnerApi();
  const [overview, review] = await Promise.all([api.progress.overview(), api.review.queue()]);
  const completions = await Promise.all(
    overview.courses.map((course) => api.progress.completion({ course: course.slug })),
  );
  return (
    <>
      <h1>My progress</h1>

      <section aria-labelledby="review-queue-title" className="course-status">
        <h2 id="review-queue-title">Questions to practise</h2>
        {review.dueCount > 0 ? (
          <>
            <p>
              {review.dueCount === 1
                ? "1 question you missed is"
                : `${review.dueCount} questions you missed are`}{" "}
              ready to practise. Practice does not change your quiz scores.
            </p>
            <p>
              <a className="button" href="/progress/review">
                Practise now
              </a>
            </p>
          </>
        ) : review.upcomingCount > 0 && review.nextDue ? (
          <p className="empty-state">
            Nothing is due right now.{" "}
            {review.upcomingCount === 1
              ? "1 question comes"
              : `${review.upcomingCount} questions come`}{" "}
            back for practice from <LocalTime date={review.nextDue} style="dayAndTime" />.
          </p>
        ) : (
          <p className="empty-state">
            Nothing to practise yet. Questions you miss in a quiz come back here a little later, so
            you can try them again.
          </p>
        )}
      </section>

      {overview.courses.length === 0 ? (
        <section className="empty-state" aria-labelledby="nothing-yet-title">
          <h2 id="nothing-yet-title" className="empty-state__title">
            You have not started a course yet
          </h2>
          <p>
            Pick a course from the <a href="/courses">list of courses</a>. Pass each lesson’s check
            (or mark the lesson complete as you read) and take the quizzes to see your progress
            here.
          </p>
        </section>
      ) : null}

      {overview.courses.map((course, index) => {
        const completion = completions[index];
        const attempts = overview.attempts.filter((attempt) => attempt.course === course.slug);
        const points = overview.mastery
          .filter((entry) => entry.course === course.slug)
          .slice(-CHART_POINTS);
        return (
          <section key={course.slug} aria-labelledby={`course-${course.slug}`}>
            <h2 id={`course-${course.slug}`}>
              <a href={coursePath(course.slug)}>{course.title}</a>
            </h2>
            {completion ? <CourseComplete completion={completion} headingLevel={3} /> : null}
            <h3>Lessons</h3>
            <p>
              {course.completedLessons.length} of {course.lessonCount} lessons complete.
            </p>
            <ProgressBar
              value={course.completedLessons.length}
              max={Math.max(course.lessonCount, 1)}
              decorative
            />
            {course.completedLessons.length === 0 ? (
              <p className="empty-state">
                No lessons complete yet. Pass a lesson’s check, or use “Mark this lesson complete”
                at the end of a lesson.
              </p>
            ) : (
              <ul>
                {course.completedLessons.map((lesson) => (
                  <li key={lesson.lesson}>
                    <a href={lessonPath(course.slug, lesson.lesson)}>{lesson.title}</a>
                  </li>
                ))}
              </ul>
            )}
            <h3>Mastery over time</h3>
            <MasteryChart
              id={`chart-${course.slug}`}
              points={points}
              objectives={course.objectives}
            />
            <AttemptHistory attempts={attempts} showTitle headingLevel={3} />
          </section>
        );
      })}
    </>
  );
}
