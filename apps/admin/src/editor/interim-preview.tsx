"use client";
import "@soleus/learning-ui/styles.css";
import { renderLesson } from "@soleus/content/render/pipeline";
import { lessonSegments } from "@soleus/content/render/segments";
import { LessonSegments } from "@soleus/learning-ui/lesson-segments";
import type { LessonDraft } from "./lesson-draft";

/** The lesson as learners see it: the same renderer and the same learner components. */
export function LessonPreview({ draft, courseSlug }: { draft: LessonDraft; courseSlug: string }) {
  const rendered = renderLesson(draft.bodyMarkdown, { courseSlug });
  return (
    <article className="lesson" aria-label="Preview of the lesson">
      <header className="lesson-header">
        <p className="lesson-header__kicker">Preview</p>
        <h3 className="lesson-preview__title">{draft.title}</h3>
        <p className="lead">{draft.summary}</p>
      </header>
      <div className="lesson-content">
        <LessonSegments segments={lessonSegments(rendered.tree)} />
      </div>
    </article>
  );
}
