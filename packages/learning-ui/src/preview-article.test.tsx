import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { renderLesson } from "@soleus/content/render/pipeline";
import { lessonSegments } from "@soleus/content/render/segments";
import { activeContentInHtml } from "@soleus/content/render/testing/inert";
import { xssVectors } from "@soleus/content/render/testing/xss-vectors";
import { LessonSegments } from "./lesson-segments";
import { LessonPreview } from "./lesson-preview";
import { PreviewArticle } from "./preview-article";

function previewHtml(title: string, summary: string, markdown: string): string {
  const rendered = renderLesson(markdown, { courseSlug: "the-second-heart" });
  return renderToStaticMarkup(
    <PreviewArticle
      title={title}
      summary={summary}
      toc={rendered.toc}
      segments={lessonSegments(rendered.tree)}
    />,
  );
}

describe("PreviewArticle", () => {
  it.each(xssVectors)("keeps %s inert in the body, the title and the summary", (_name, vector) => {
    expect(activeContentInHtml(previewHtml(vector, vector, vector))).toEqual([]);
  });

  it("is the learner site's own segments, table of contents and layout", () => {
    const markdown =
      "## Why it matters\n\nThe soleus pumps blood.\n\n```exercise\nid: lift\nname: Seated calf raise\nstart: Sit tall.\nsteps:\n  - Lift your heels.\nreps: 12-20\nsets: 2\ntempo: Slow.\nfeel: Warm calves.\nsafety:\n  - Stop if it hurts.\neasier: Fewer.\nharder: More.\n```\n";
    const rendered = renderLesson(markdown, { courseSlug: "the-second-heart" });
    const learnerSegments = renderToStaticMarkup(
      <LessonSegments segments={lessonSegments(rendered.tree)} />,
    );
    const html = previewHtml("Training", "Short and safe.", markdown);
    expect(html).toContain(learnerSegments);
    expect(html).toContain('<h1 id="lesson-title">Training</h1>');
    expect(html).toContain('<p class="lead">Short and safe.</p>');
    expect(html).toContain('<a href="#why-it-matters">Why it matters</a>');
    expect(html).toContain('data-reps="12-20"');
  });

  it("names an untitled lesson instead of showing an empty heading", () => {
    expect(previewHtml("  ", "", "Text.")).toContain(">Untitled lesson</h1>");
  });
});

describe("LessonPreview", () => {
  it("offers the learner's text sizes, high contrast and a phone-width frame", () => {
    const html = renderToStaticMarkup(
      <LessonPreview title="T" summary="S" markdown="Text." courseSlug="the-second-heart" />,
    );
    for (const label of ["Standard", "Large", "Larger", "Largest"]) expect(html).toContain(label);
    expect(html).toContain("High contrast");
    expect(html).toContain("Phone width (375 px)");
    expect(html).toMatch(/<iframe[^>]*title="Lesson preview, as learners will see it"/);
  });
});
