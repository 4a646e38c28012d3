import { lessonAddressSchema } from "@soleus/api/content/inputs";
import type { LessonLink, QuizMention } from "@soleus/api/content/types";
import { readPublishedLesson } from "@soleus/app-runtime/prerender";
import type { TocEntry } from "@soleus/content/render/context";
import { lessonSegments, type LessonSegment } from "@soleus/content/render/segments";
import type { DisplaySettings } from "~/components/display-settings";
import { renderPublishedLesson } from "./rendered-lesson";

/** Everything a prerendered lesson page shows: public, the same for every reader. Plain JSON. */
export interface StaticLesson {
  display: DisplaySettings;
  course: { slug: string; title: string; lessonCount: number };
  lesson: {
    slug: string;
    number: number;
    title: string;
    summary: string;
    minutes: number;
    objectives: { id: string; title: string }[];
  };
  toc: TocEntry[];
  segments: LessonSegment[];
  checkQuiz: QuizMention | null;
  previous: LessonLink | null;
  next: LessonLink | null;
}

/** Only the fields a page shows travel in its data: nothing added to the type later slips in. */
const link = (lesson: LessonLink | null): LessonLink | null =>
  lesson && { slug: lesson.slug, number: lesson.number, title: lesson.title };

/**
 * A published lesson, rendered once per revision and split for the page (prose as sanitised
 * HTML, exercises apart so they gain their tools), or null when the address names no published
 * lesson. Other failures (the database is down) are thrown: the page is then not replaced.
 */
export async function loadStaticLesson(
  display: DisplaySettings,
  course: string,
  lesson: string,
): Promise<StaticLesson | null> {
  const address = lessonAddressSchema.safeParse({ course, lesson });
  if (!address.success) return null;
  const found = await readPublishedLesson(address.data.course, address.data.lesson);
  if (!found) return null;
  const rendered = renderPublishedLesson(
    found.lesson.revisionId,
    found.lesson.bodyMarkdown,
    found.course.slug,
  );
  const { slug, number, title, summary, minutes, objectives } = found.lesson;
  return {
    display,
    course: {
      slug: found.course.slug,
      title: found.course.title,
      lessonCount: found.course.lessonCount,
    },
    lesson: {
      slug,
      number,
      title,
      summary,
      minutes,
      objectives: objectives.map(({ id, title }) => ({ id, title })),
    },
    toc: rendered.toc,
    segments: lessonSegments(rendered.tree),
    checkQuiz: found.checkQuiz && { slug: found.checkQuiz.slug, title: found.checkQuiz.title },
    previous: link(found.previous),
    next: link(found.next),
  };
}
