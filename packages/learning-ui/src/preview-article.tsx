import type { TocEntry } from "@soleus/content/render/context";
import type { LessonSegment } from "@soleus/content/render/segments";
import { LessonSegments } from "./lesson-segments";
import { LessonToc } from "./lesson-toc";
import { ReadAloud } from "./read-aloud";

/**
 * A lesson as the learner site's reader lays it out (the same classes, the same table of
 * contents, the same segments and exercise tools), without the learner-only parts around it
 * (breadcrumbs, completion, pager): what the admin preview shows.
 */
export function PreviewArticle({
  title,
  summary,
  toc,
  segments,
}: {
  title: string;
  summary: string;
  toc: TocEntry[];
  segments: LessonSegment[];
}) {
  return (
    <article id="lesson" className="lesson" aria-labelledby="lesson-title">
      <header className="lesson-header">
        <h1 id="lesson-title">{title.trim() === "" ? "Untitled lesson" : title}</h1>
        {summary.trim() === "" ? null : <p className="lead">{summary}</p>}
      </header>
      <ReadAloud targetId="lesson" />
      <LessonToc entries={toc} />
      <div className="lesson-content">
        <LessonSegments segments={segments} />
      </div>
    </article>
  );
}
