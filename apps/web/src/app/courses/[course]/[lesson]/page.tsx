import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReadAloud } from "@soleus/ui/read-aloud";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { coursePath, minutesText } from "~/components/format";
import { LessonBody } from "~/components/lesson-body";
import { LessonCompletion } from "~/components/lesson-completion";
import { quizPath } from "~/learning/paths";
import { LessonHealthNote } from "~/components/lesson-health-note";
import { LessonPager } from "~/components/lesson-pager";
import { LessonToc } from "~/components/lesson-toc";
import { ReadingProgress } from "~/components/reading-progress";
import { loadLesson } from "../../../_reading/published-content";
import { renderPublishedLesson } from "../../../_reading/rendered-lesson";

export const dynamic = "force-dynamic";

interface LessonPageProps {
  params: Promise<{ course: string; lesson: string }>;
}

export async function generateMetadata({ params }: LessonPageProps): Promise<Metadata> {
  const { course, lesson } = await params;
  const found = await loadLesson(course, lesson);
  return found ? { title: `${found.lesson.title} (${found.course.title})`, description: found.lesson.summary } : {};
}

export default async function LessonPage({ params }: LessonPageProps) {
  const { course, lesson: lessonSlug } = await params;
  const found = await loadLesson(course, lessonSlug);
  if (!found) notFound();
  const { lesson, checkQuiz } = found;
  const rendered = renderPublishedLesson(lesson.revisionId, lesson.bodyMarkdown, found.course.slug);
  return (
    <>
      <ReadingProgress targetId="lesson" />
      <Breadcrumbs
        trail={[
          { href: "/courses", label: "Courses" },
          { href: coursePath(found.course.slug), label: found.course.title },
        ]}
        current={`Lesson ${lesson.number}`}
      />
      <article id="lesson" className="lesson" aria-labelledby="lesson-title">
        <header className="lesson-header">
          <h1 id="lesson-title">{lesson.title}</h1>
          <p className="lesson-header__kicker">
            Lesson {lesson.number} of {found.course.lessonCount} · {minutesText(lesson.minutes)}
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
        <LessonToc entries={rendered.toc} />
        <div className="lesson-content">
          <LessonBody tree={rendered.tree} />
        </div>
        {checkQuiz ? (
          <section aria-labelledby="check-title" className="quiz-mention">
            <h2 id="check-title">Check your understanding</h2>
            <p>
              <strong>{checkQuiz.title}</strong> — a few short questions on this lesson (you take it signed in).
            </p>
            <p>
              <a href={quizPath(found.course.slug, checkQuiz.slug)}>Go to the check</a>
            </p>
          </section>
        ) : null}
        <LessonCompletion course={found.course.slug} lesson={lesson.slug} />
      </article>
      <LessonPager courseSlug={found.course.slug} courseTitle={found.course.title} previous={found.previous} next={found.next} />
    </>
  );
}
