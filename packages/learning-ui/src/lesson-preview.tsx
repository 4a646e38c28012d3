"use client";

import { useDeferredValue, useEffect, useMemo, useState } from "react";
import { createIncrementalLessonRenderer } from "@soleus/content/render/incremental";
import type { RenderedLessonTree } from "@soleus/content/render/pipeline";
import { lessonSegments } from "@soleus/content/render/segments";
import { PreviewArticle } from "./preview-article";
import { PreviewControls, usePreviewDisplay } from "./preview-controls";
import { PreviewFrame } from "./preview-frame";

export interface LessonPreviewProps {
  title: string;
  summary: string;
  /** The lesson body, Markdown with Soleus blocks, as the coach is typing it. */
  markdown: string;
  courseSlug: string;
  mediaBaseUrl?: string;
  /** Called after every render with the renderer's findings (anchors, contents, diagnostics). */
  onRendered?: (rendered: RenderedLessonTree, markdown: string) => void;
}

/**
 * The live preview of a lesson: the content package's one safe renderer and the learner site's
 * own components (segments, exercise tools, table of contents, read aloud), in a frame with the
 * learner site's stylesheet, switchable across the learner's text sizes, both themes and a
 * phone-width frame. Rendering is deferred (`useDeferredValue`), so typing never waits for it,
 * and incremental (only the sections an edit changed are parsed again).
 */
export function LessonPreview({
  title,
  summary,
  markdown,
  courseSlug,
  mediaBaseUrl,
  onRendered,
}: LessonPreviewProps) {
  const [display, setDisplay] = usePreviewDisplay();
  const body = useDeferredValue(markdown);
  // The same result as renderLessonTree, re-parsing only the sections the last edit changed.
  const [renderLessonTree] = useState(createIncrementalLessonRenderer);
  const rendered = useMemo(
    () => renderLessonTree(body, { courseSlug, mediaBaseUrl }),
    [renderLessonTree, body, courseSlug, mediaBaseUrl],
  );
  const segments = useMemo(() => lessonSegments(rendered.tree), [rendered]);
  useEffect(() => onRendered?.(rendered, body), [onRendered, rendered, body]);

  return (
    <section className="lesson-preview" aria-label="Preview">
      <PreviewControls display={display} onChange={setDisplay} />
      <PreviewFrame
        title="Lesson preview, as learners will see it"
        textSize={display.textSize}
        theme={display.theme}
        phone={display.phone}
      >
        <PreviewArticle title={title} summary={summary} toc={rendered.toc} segments={segments} />
      </PreviewFrame>
    </section>
  );
}
