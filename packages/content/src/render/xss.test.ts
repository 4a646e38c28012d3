import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { renderLesson } from "./pipeline";
import { activeContentInHtml, activeContentInTree } from "./testing/inert";
import { lessonSegments } from "./segments";
import { lessonTreeToReact } from "./to-react";
import { exercise, xssVectors as vectors } from "./testing/xss-vectors";

describe("rendering known XSS vectors", () => {
  it("has at least 30 vectors", () => {
    expect(vectors.length).toBeGreaterThanOrEqual(30);
  });

  it.each(vectors)(
    "%s comes out inert (HTML, React and the learner site's segments)",
    (_name, markdown) => {
      const rendered = renderLesson(markdown, { courseSlug: "c" });
      expect(activeContentInTree(rendered.tree)).toEqual([]);
      expect(activeContentInHtml(rendered.html)).toEqual([]);
      expect(activeContentInHtml(renderToStaticMarkup(lessonTreeToReact(rendered.tree)))).toEqual(
        [],
      );
      for (const segment of lessonSegments(rendered.tree)) {
        expect(
          activeContentInHtml(segment.kind === "html" ? segment.html : segment.innerHtml),
        ).toEqual([]);
      }
    },
  );

  it("keeps the visible text of a blocked link and tells the author", () => {
    const rendered = renderLesson("[click me](javascript:alert(1))", { courseSlug: "c" });
    expect(rendered.html).toBe("<p><a>click me</a></p>");
    expect(rendered.diagnostics[0]?.message).toContain("removed");
  });

  it("shows HTML written in exercise fields as text", () => {
    const rendered = renderLesson(exercise("").replace("Calf raise", '"<b>Bold</b> raise"'), {
      courseSlug: "c",
    });
    expect(rendered.html).toContain("<h3>&#x3C;b>Bold&#x3C;/b> raise</h3>");
  });

  it("escapes attribute break-out attempts inside the alt text", () => {
    const rendered = renderLesson('::figure{src="images/a.svg" alt=\'x" onerror="alert(1)\'}', {
      courseSlug: "c",
    });
    expect(rendered.html).toContain('alt="x&#x22; onerror=&#x22;alert(1)"');
  });

  it("detects active content when it is there (the checks themselves can fail)", () => {
    expect(
      activeContentInHtml('<p onclick="x">a</p><script>x</script><a href="javascript:x">y</a>'),
    ).toEqual([
      "<script",
      'handler in <p onclick="x">',
      "<script>",
      'url in <a href="javascript:x">',
    ]);
    const tree = {
      type: "root" as const,
      children: [
        {
          type: "element" as const,
          tagName: "img",
          properties: { src: " data:x", onError: "x" },
          children: [],
        },
      ],
    };
    expect(activeContentInTree(tree)).toEqual(["img.src= data:x", "img.onError"]);
  });
});
