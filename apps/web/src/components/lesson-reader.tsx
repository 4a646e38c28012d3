import { ReadAloud } from "@soleus/learning-ui/read-aloud";
import type { ReaderState } from "~/reading/reader-state";
import type { StaticLesson } from "~/reading/static-lesson";
import { quizPath } from "~/learning/paths";
import { Breadcrumbs } from "./breadcrumbs";
import { coursePath, minutesText } from "./format";
import { LessonCompletionPanel } from "./lesson-completion-panel";
import { LessonHealthNote } from "./lesson-health-note";
import { LessonPager } from "./lesson-pager";
import { LessonSegments } from "@soleus/learning-ui/lesson-segments";
import { LessonToc } from "@soleus/learning-ui/lesson-toc";
import { ReadingProgress } from "./reading-progress";

/** One lesson to read: header and health note, contents, body, its check quiz, completion, pager. */
export function LessonReader({
  lesson: found,
  reader,
}: {
  lesson: StaticLesson;
  reader: ReaderState | undefined;
}) {
  const { course, lesson, checkQuiz } = found;
  return (
    <>
      <ReadingProgress targetId="lesson" />
      <Breadcrumbs
        trail={[
          { href: "/courses", label: "Courses" },
          { href: coursePath(course.slug), label: course.title },
        ]}
        current={`Lesson ${lesson.number}`}
      />
      <article id="lesson" className="lesson" aria-labelledby="lesson-title">
        <header className="lesson-header">
          <h1 id="lesson-title">{lesson.title}</h1>
          <p className="lesson-header__kicker">
            Lesson {lesson.number} of {course.lessonCount} · {minutesText(lesson.minutes)}
          </p>
          <p className="lead">{lesson.summary}</p>
          <LessonHealthNote />
        </header>
        <ReadAloud targetId="lesson" />
        {lesson.objectives.length > 0 ? (
          <section aria-labelledby="lesson-objectives-title" className="lesson-objectives">
            <h2 id="lesson-objectives-title">In this lesson</h2>
            <ul className="objective-list">
              {lesson.objectives.map((objective) => (
                <li key={objective.id}>{objective.title}</li>
              ))}
            </ul>
          </section>
        ) : null}
        <LessonToc entries={found.toc} />
        <div className="lesson-content">
          <LessonSegments segments={found.segments} />
        </div>
        {checkQuiz ? (
          <section aria-labelledby="check-title" className="quiz-mention">
            <h2 id="check-title">Check your understanding</h2>
            <p>
              <strong>{checkQuiz.title}</strong> — a few short questions on this lesson (you take it
              signed in).
            </p>
            <p>
              <a href={quizPath(course.slug, checkQuiz.slug)}>Go to the check</a>
            </p>
          </section>
        ) : null}
        <LessonCompletionPanel course={course.slug} lesson={lesson.slug} state={reader} />
      </article>
      <LessonPager
        courseSlug={course.slug}
        courseTitle={course.title}
        previous={found.previous}
        next={found.next}
      />
    </>
  );
}
