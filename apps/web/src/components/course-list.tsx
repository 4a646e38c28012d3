import type { PublishedCourseSummary } from "@soleus/api/content/types";
import { coursePath, lessonsText, minutesText } from "./format";

/** The catalog: one card per published course, or a friendly note when there are none yet. */
export function CourseList({
  courses,
  headingLevel,
}: {
  courses: PublishedCourseSummary[];
  headingLevel: 2 | 3;
}) {
  if (courses.length === 0) return <EmptyCatalog />;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const Sub = headingLevel === 2 ? "h3" : "h4";
  return (
    <ul className="course-list">
      {courses.map((course) => (
        <li key={course.slug} className="course-card">
          <Heading className="course-card__title">
            <a href={coursePath(course.slug)}>{course.title}</a>
          </Heading>
          <p className="course-card__meta">
            About {minutesText(course.minutes)} · {lessonsText(course.lessonCount)}
          </p>
          <p>{course.summary}</p>
          <Sub className="course-card__subheading">What you will learn</Sub>
          <ul className="objective-list">
            {course.objectives.map((objective) => (
              <li key={objective.id}>{objective.title}</li>
            ))}
          </ul>
          <p>
            <a className="button" href={coursePath(course.slug)}>
              Start the course<span className="visually-hidden">: {course.title}</span>
            </a>
          </p>
        </li>
      ))}
    </ul>
  );
}

function EmptyCatalog() {
  return (
    <div className="empty-state" role="note">
      <p className="empty-state__title">No courses are published yet.</p>
      <p>
        Our coaches are preparing the first lessons. Please come back soon: this page will list
        every course as soon as it is ready.
      </p>
    </div>
  );
}
