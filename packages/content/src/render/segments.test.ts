import { describe, expect, it } from "vitest";
import { renderLesson } from "./pipeline";
import { lessonSegments } from "./segments";

const markdown = `## Before

Sit *tall*.

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

\`\`\`exercise
id: heel-raise
name: Heel raises
start: Stand tall.
steps: [Rise, then lower slowly.]
reps: 8-12
sets: 2
tempo: Two seconds up, two down.
feel: Work in the calf.
safety: [Hold a chair.]
easier: Both feet.
harder: One foot.
\`\`\`

\`\`\`exercise
id: carry
name: Carry walk
start: Hold a bag in each hand.
steps: [Walk slowly with soft knees.]
walk: 45
sets: 2
tempo: Slow, even steps.
feel: Work in the calves.
safety: [Use a clear path.]
easier: No bags.
harder: Walk longer.
\`\`\`

## After

Done.
`;

describe("lessonSegments", () => {
  const rendered = renderLesson(markdown, { courseSlug: "c" });
  const segments = lessonSegments(rendered.tree);

  it("keeps prose as HTML runs and lifts out each top-level exercise with its dose", () => {
    expect(segments.map((segment) => segment.kind)).toEqual([
      "html",
      "exercise",
      "exercise",
      "exercise",
      "html",
    ]);
    expect(segments[1]).toMatchObject({
      kind: "exercise",
      anchor: "wall-hold",
      exerciseId: "wall-hold",
      name: "Wall hold",
      sets: 3,
      holdSeconds: 30,
      walkSeconds: null,
      reps: null,
    });
    expect(segments[2]).toMatchObject({
      kind: "exercise",
      name: "Heel raises",
      sets: 2,
      holdSeconds: null,
      walkSeconds: null,
      reps: "8-12",
    });
    expect(segments[3]).toMatchObject({
      kind: "exercise",
      name: "Carry walk",
      sets: 2,
      holdSeconds: null,
      walkSeconds: 45,
      reps: null,
    });
  });

  it("gives back the renderer's HTML when the segments are joined (less whitespace between blocks)", () => {
    const joined = segments
      .map((segment) => {
        if (segment.kind === "html") return segment.html;
        const dose =
          segment.holdSeconds !== null
            ? ` data-hold-seconds="${segment.holdSeconds}"`
            : segment.walkSeconds !== null
              ? ` data-walk-seconds="${segment.walkSeconds}"`
              : ` data-reps="${segment.reps}"`;
        return `<section id="${segment.anchor}" class="exercise" data-exercise-id="${segment.exerciseId}" data-sets="${segment.sets}"${dose}>${segment.innerHtml}</section>`;
      })
      .join("");
    const betweenBlocks = />\s+</g;
    expect(joined.replace(betweenBlocks, "><")).toBe(rendered.html.replace(betweenBlocks, "><"));
  });

  it("returns one HTML run for a lesson without exercises, and nothing for an empty one", () => {
    expect(lessonSegments(renderLesson("Just *text*.", { courseSlug: "c" }).tree)).toEqual([
      { kind: "html", html: "<p>Just <em>text</em>.</p>" },
    ]);
    expect(lessonSegments(renderLesson("", { courseSlug: "c" }).tree)).toEqual([]);
  });
});
