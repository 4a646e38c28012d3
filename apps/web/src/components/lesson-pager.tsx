import type { LessonLink } from "@soleus/api/content/types";
import { coursePath, lessonPath } from "./format";

/** Previous and next lesson, and the way back to the course outline. */
export function LessonPager({
  courseSlug,
  courseTitle,
  previous,
  next,
}: {
  courseSlug: string;
  courseTitle: string;
  previous: LessonLink | null;
  next: LessonLink | null;
}) {
  return (
    <nav aria-label="Previous and next lesson" className="lesson-pager">
      {previous ? (
        <a
          className="lesson-pager__link lesson-pager__link--previous"
          href={lessonPath(courseSlug, previous.slug)}
          rel="prev"
        >
          <span className="lesson-pager__direction">Previous lesson</span>
          <span className="lesson-pager__title">
            {previous.number}. {previous.title}
          </span>
        </a>
      ) : null}
      {next ? (
        <a
          className="lesson-pager__link lesson-pager__link--next"
          href={lessonPath(courseSlug, next.slug)}
          rel="next"
        >
          <span className="lesson-pager__direction">Next lesson</span>
          <span className="lesson-pager__title">
            {next.number}. {next.title}
          </span>
        </a>
      ) : (
        <a className="lesson-pager__link lesson-pager__link--next" href={coursePath(courseSlug)}>
          <span className="lesson-pager__direction">You reached the last lesson</span>
          <span className="lesson-pager__title">Back to {courseTitle} and its final quiz</span>
        </a>
      )}
    </nav>
  );
}
