import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { CourseStatus } from "~/components/course-status";
import { signedInPerson } from "~/learning/learner-api";
import { quizPath } from "~/learning/paths";
import { lessonPath, lessonsText, minutesText } from "~/components/format";
import { loadCourseOutline } from "../../_reading/published-content";

export const dynamic = "force-dynamic";

interface CoursePageProps {
  params: Promise<{ course: string }>;
}

export async function generateMetadata({ params }: CoursePageProps): Promise<Metadata> {
  const course = await loadCourseOutline((await params).course);
  return course ? { title: course.title, description: course.summary } : {};
}

export default async function CoursePage({ params }: CoursePageProps) {
  const course = await loadCourseOutline((await params).course);
  if (!course) notFound();
  const first = course.lessons[0];
  const signedIn = (await signedInPerson()) !== null;
  return (
    <>
      <Breadcrumbs trail={[{ href: "/courses", label: "Courses" }]} current={course.title} />
      <h1>{course.title}</h1>
      <p className="course-card__meta">
        About {minutesText(course.minutes)} · {lessonsText(course.lessons.length)}
      </p>
      <p className="lead">{course.summary}</p>
      <p>
        <strong>Who it is for:</strong> {course.audience}
      </p>
      <CourseStatus course={course} />
      {first && !signedIn ? (
        <p>
          <a className="button" href={lessonPath(course.slug, first.slug)}>
            Start with lesson 1<span className="visually-hidden">: {first.title}</span>
          </a>
        </p>
      ) : null}

      <section aria-labelledby="objectives-title">
        <h2 id="objectives-title">What you will learn</h2>
        <ul className="objective-list objective-list--detailed">
          {course.objectives.map((objective) => (
            <li key={objective.id}>
              <strong>{objective.title}.</strong> {objective.description}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="lessons-title">
        <h2 id="lessons-title">Lessons</h2>
        {course.lessons.length === 0 ? (
          <p className="empty-state">
            The lessons of this course are being prepared. Please come back soon.
          </p>
        ) : (
          <ol className="lesson-list">
            {course.lessons.map((lesson) => (
              <li key={lesson.slug} className="lesson-list__item">
                <h3 className="lesson-list__title">
                  <a href={lessonPath(course.slug, lesson.slug)}>
                    <span className="lesson-list__number">Lesson {lesson.number}:</span>{" "}
                    {lesson.title}
                  </a>
                </h3>
                <p className="lesson-list__meta">
                  {minutesText(lesson.minutes)}
                  {lesson.checkQuiz ? " · ends with a short check" : ""}
                </p>
                <p>{lesson.summary}</p>
              </li>
            ))}
          </ol>
        )}
      </section>

      {course.finalQuiz ? (
        <section aria-labelledby="final-quiz-title" className="quiz-mention">
          <h2 id="final-quiz-title">Final quiz</h2>
          <p>
            <strong>{course.finalQuiz.title}</strong>
            {signedIn ? "." : " — sign in to take it."} It checks what you learned across the whole
            course.
          </p>
          <p>
            <a href={quizPath(course.slug, course.finalQuiz.slug)}>Go to the final quiz</a>
          </p>
        </section>
      ) : null}
    </>
  );
}
