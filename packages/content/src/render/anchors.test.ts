import { describe, expect, it } from "vitest";
import { renderLesson } from "./pipeline";
import { readingMinutes, WORDS_PER_MINUTE } from "./reading-time";

const render = (markdown: string) => renderLesson(markdown, { courseSlug: "c" });

const lesson = `Intro.

## Where it sits

### Under the gastrocnemius

#### Deep detail

## Where it sits

## Where it sits

## Café & “quotes”!

\`\`\`exercise
id: toe-taps
name: Toe taps
start: Sit.
steps: [Tap.]
hold: 20
sets: 1
tempo: Easy.
feel: Shins.
safety: [Stop if sore.]
easier: Slower.
harder: Faster.
\`\`\`
`;

describe("anchors and table of contents", () => {
  it("gives every heading a GitHub slug; repeats get -1, -2", () => {
    const { anchors, html } = render(lesson);
    expect(anchors).toEqual([
      "where-it-sits",
      "under-the-gastrocnemius",
      "deep-detail",
      "where-it-sits-1",
      "where-it-sits-2",
      "café--quotes",
      "toe-taps",
    ]);
    expect(html).toContain('<h2 id="where-it-sits-2">Where it sits</h2>');
    expect(html).toContain('<h4 id="deep-detail">Deep detail</h4>');
  });

  it("is stable: the same input gives the same anchors and HTML every time", () => {
    const first = render(lesson);
    const second = render(lesson);
    expect(second.anchors).toEqual(first.anchors);
    expect(second.html).toBe(first.html);
  });

  it("lists only h2 and h3 in the table of contents, in order", () => {
    expect(render(lesson).toc).toEqual([
      { depth: 2, text: "Where it sits", anchor: "where-it-sits" },
      { depth: 3, text: "Under the gastrocnemius", anchor: "under-the-gastrocnemius" },
      { depth: 2, text: "Where it sits", anchor: "where-it-sits-1" },
      { depth: 2, text: "Where it sits", anchor: "where-it-sits-2" },
      { depth: 2, text: "Café & “quotes”!", anchor: "café--quotes" },
    ]);
  });

  it("slugs heading text without its formatting", () => {
    expect(render("## The *soleus* and `code` [link](https://x.org)").anchors).toEqual([
      "the-soleus-and-code-link",
    ]);
  });

  it("gives a heading without text a fallback anchor and reports it", () => {
    const result = render("## ![](images/a.png)");
    expect(result.anchors).toEqual(["section"]);
    expect(result.diagnostics.map((d) => d.message)).toContain("heading has no text");
  });

  it("does not give the exercise's own headings anchors", () => {
    expect(render(lesson).html).toContain("<h3>Toe taps</h3>");
  });
});

describe("reading time", () => {
  it(`counts ${WORDS_PER_MINUTE} words per minute, rounding up, at least 1`, () => {
    expect(readingMinutes("")).toBe(1);
    expect(readingMinutes("word ".repeat(200))).toBe(1);
    expect(readingMinutes("word ".repeat(201))).toBe(2);
  });

  it("counts exercise text but not code", () => {
    const words = "calf ".repeat(190);
    const withExercise = render(`${words}\n\n${lesson.slice(lesson.indexOf("```exercise"))}`);
    const withCode = render(`${words}\n\n\`\`\`js\n${"x ".repeat(300)}\n\`\`\``);
    expect(withExercise.readingMinutes).toBe(2);
    expect(withCode.readingMinutes).toBe(1);
  });
});
