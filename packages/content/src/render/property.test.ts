import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderLesson } from "./pipeline";
import { activeContentInHtml, activeContentInTree } from "./testing/inert";

// Fragments that steer random input towards the parser's and sanitiser's edge cases.
const fragments = [
  "<script>",
  "</script>",
  "<img src=x onerror=alert(1)>",
  " onload=",
  "javascript:",
  "JaVaScRiPt:",
  "&#106;",
  "&colon;",
  "data:text/html,",
  "[",
  "](",
  ")",
  "![",
  "<",
  ">",
  '"',
  "'",
  "`",
  "```exercise\n",
  "```\n",
  ":::callout{",
  ":::keypoints\n",
  "::figure{",
  "}",
  ":::\n",
  'kind="info"',
  'src="',
  'alt="',
  "\n",
  "\n\n",
  "## ",
  "- ",
  "<svg",
  "<iframe",
  "style=",
  "<!--",
  "-->",
  "<![CDATA[",
  "&#x3A;",
  "%0a",
];
const markdownish = fc
  .array(fc.oneof(fc.constantFrom(...fragments), fc.string(), fc.string({ unit: "binary" })), {
    maxLength: 40,
  })
  .map((parts) => parts.join(""));

describe("renderer properties", () => {
  it("never emits a script tag or an event handler attribute, whatever the input", () => {
    fc.assert(
      fc.property(markdownish, (markdown) => {
        const { html, tree } = renderLesson(markdown, { courseSlug: "c" });
        expect(html).not.toMatch(/<script/i);
        expect(activeContentInHtml(html)).toEqual([]);
        expect(activeContentInTree(tree)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it("is deterministic: the same input renders the same HTML and anchors", () => {
    fc.assert(
      fc.property(markdownish, (markdown) => {
        const first = renderLesson(markdown, { courseSlug: "c" });
        const second = renderLesson(markdown, { courseSlug: "c" });
        expect(second.html).toBe(first.html);
        expect(second.anchors).toEqual(first.anchors);
        expect(new Set(first.anchors).size).toBe(first.anchors.length);
      }),
      { numRuns: 150 },
    );
  });
});
