import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { renderLesson } from "./pipeline";
import { lessonTreeToReact, renderLessonToReact } from "./to-react";

const markdown = `## Where it sits

:::callout{kind="tip"}
Sit *tall*.
:::

\`\`\`exercise
id: wall-hold
name: Wall hold
start: Stand by a wall.
steps: [Rise onto your toes.]
hold: 30
sets: 3
tempo: Hold still.
feel: A burn low in the calf.
safety: [Keep a hand on the wall.]
easier: Hold for ten seconds.
harder: Bend your knees a little.
\`\`\`
`;

describe("React output", () => {
  it("renders the same elements as the HTML output, without innerHTML", () => {
    const react = renderToStaticMarkup(renderLessonToReact(markdown, { courseSlug: "c" }));
    expect(react).toContain('<h2 id="where-it-sits">Where it sits</h2>');
    expect(react).toContain('<div class="callout callout-tip" data-callout="tip" role="note">');
    expect(react).toContain(
      '<section id="wall-hold" class="exercise" data-exercise-id="wall-hold" data-sets="3" data-hold-seconds="30">',
    );
    expect(react).not.toContain("dangerouslySetInnerHTML");
  });

  it("matches the HTML renderer for ordinary content", () => {
    const { tree, html } = renderLesson("Plain *text* with [a link](https://example.org).", {
      courseSlug: "c",
    });
    expect(renderToStaticMarkup(lessonTreeToReact(tree))).toBe(html);
  });
});
