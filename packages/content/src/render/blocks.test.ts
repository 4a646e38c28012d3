import { describe, expect, it } from "vitest";
import { renderLesson } from "./pipeline";

/** The render, with diagnostics as line and message (their offsets are tested in check/diagnose-lesson.test.ts). */
const render = (markdown: string, mediaBaseUrl?: string) => {
  const rendered = renderLesson(markdown, { courseSlug: "the-second-heart", mediaBaseUrl });
  return {
    ...rendered,
    diagnostics: rendered.diagnostics.map(({ line, message }) => ({ line, message })),
  };
};

const exercise = (dose: string) => `\`\`\`exercise
id: seated-calf-raise
name: Seated calf raise
start: Sit tall on a firm chair.
steps:
  - Lift both heels slowly.
  - Lower them for three seconds.
${dose}
sets: 2
tempo: Two seconds up, three down.
feel: Warmth deep in the lower calf.
safety:
  - Stop if you feel sharp pain.
  - Keep a hand on the table.
easier: Lift one heel at a time.
harder: Put a bag of rice on your knees.
\`\`\``;

describe("callout", () => {
  it.each([
    ["info", "Good to know"],
    ["tip", "Tip"],
    ["safety", "Safety first"],
  ])("renders kind %s with its default title", (kind, title) => {
    const { html, diagnostics } = render(`:::callout{kind="${kind}"}\nBody *text*.\n:::`);
    expect(html).toBe(
      `<div class="callout callout-${kind}" data-callout="${kind}" role="note"><p class="callout-title"><strong>${title}</strong></p><p>Body <em>text</em>.</p></div>`,
    );
    expect(diagnostics).toEqual([]);
  });

  it("uses the given title", () => {
    expect(render(':::callout{kind="safety" title="When to stop"}\nText.\n:::').html).toContain(
      "<strong>When to stop</strong>",
    );
  });

  it("reports an unknown kind and falls back to info", () => {
    const { html, diagnostics } = render(':::callout{kind="danger"}\nText.\n:::');
    expect(html).toContain('data-callout="info"');
    expect(diagnostics).toEqual([
      { line: 1, message: expect.stringContaining("kind is one of info, tip, safety") },
    ]);
  });
});

describe("keypoints", () => {
  it("renders a labelled list", () => {
    const { html, diagnostics } = render(":::keypoints\n- Point one\n- Point two\n:::");
    expect(html).toBe(
      '<div class="keypoints" role="note"><p class="block-label"><strong>Key points</strong></p><ul>\n<li>Point one</li>\n<li>Point two</li>\n</ul></div>',
    );
    expect(diagnostics).toEqual([]);
  });

  it("reports keypoints without a list", () => {
    expect(render(":::keypoints\nJust a sentence.\n:::").diagnostics).toEqual([
      { line: 1, message: "keypoints should contain a bulleted list" },
    ]);
  });
});

describe("figure", () => {
  it("rewrites a course image to the media URL and keeps alt and caption", () => {
    const { html, diagnostics } = render(
      '::figure{src="images/calf.svg" alt="The calf from the side" caption="Side view"}',
    );
    expect(html).toBe(
      '<figure><img src="/media/the-second-heart/images/calf.svg" alt="The calf from the side" loading="lazy"><figcaption>Side view</figcaption></figure>',
    );
    expect(diagnostics).toEqual([]);
  });

  it.each([
    ["/images/calf.svg", "https://cdn.example/media/the-second-heart/images/calf.svg"],
    ["./images/sub/calf.png", "https://cdn.example/media/the-second-heart/images/sub/calf.png"],
    ["https://example.org/a.png", "https://example.org/a.png"],
    ["HTTPS://example.org/a.png", "https://example.org/a.png"],
  ])("resolves %s", (src, expected) => {
    expect(render(`::figure{src="${src}" alt="x"}`, "https://cdn.example/media/").html).toContain(
      `src="${expected}"`,
    );
  });

  it.each([
    "../secret.png",
    "images/../../etc/passwd",
    "calf.svg",
    "//evil.example/a.png",
    "ftp://example.org/a.png",
    "file:///etc/passwd",
  ])("drops the image for src %s and says why", (src) => {
    const { html, diagnostics } = render(`::figure{src="${src}" alt="x"}`);
    expect(html).toBe("<figure></figure>");
    expect(diagnostics).toEqual([
      { line: 1, message: expect.stringContaining("removed: use images/<file>") },
    ]);
  });

  it("applies the same rules to Markdown images", () => {
    const { html, diagnostics } = render("![A calf](images/calf.svg) ![](images/b.svg)");
    expect(html).toContain('<img src="/media/the-second-heart/images/calf.svg" alt="A calf">');
    expect(diagnostics).toEqual([{ line: 1, message: "image needs alt text that describes it" }]);
  });

  it("gives an uploaded image its pixel size, so the page reserves its space", () => {
    const { html, diagnostics } = render(
      '::figure{src="images/0a1b.png" alt="A calf raise" caption="Up on the toes" width="800" height="600"}',
    );
    expect(html).toBe(
      '<figure><img src="/media/the-second-heart/images/0a1b.png" alt="A calf raise" loading="lazy" width="800" height="600"><figcaption>Up on the toes</figcaption></figure>',
    );
    expect(diagnostics).toEqual([]);
  });

  it("refuses a size that is not whole pixels and leaves it off", () => {
    const { html, diagnostics } = render(
      '::figure{src="images/a.png" alt="x" width="100%" height="600"}',
    );
    expect(html).not.toContain("width=");
    expect(diagnostics).toEqual([
      { line: 1, message: "figure: width: figure width must be a whole number of pixels" },
    ]);
  });

  it("reports a figure without alt text once", () => {
    expect(render('::figure{src="images/calf.svg"}').diagnostics).toEqual([
      { line: 1, message: "image needs alt text that describes it" },
    ]);
  });
});

describe("exercise", () => {
  it("renders reps as a semantic section with hydration data attributes", () => {
    const { html, diagnostics, anchors } = render(exercise('reps: "12-20"'));
    expect(diagnostics).toEqual([]);
    expect(anchors).toEqual(["seated-calf-raise"]);
    expect(html).toBe(
      '<section id="seated-calf-raise" class="exercise" data-exercise-id="seated-calf-raise" data-sets="2" data-reps="12-20">' +
        "<h3>Seated calf raise</h3>" +
        '<dl class="exercise-facts"><dt>Starting position</dt><dd>Sit tall on a firm chair.</dd><dt>Repetitions</dt><dd>12-20</dd><dt>Sets</dt><dd>2</dd>' +
        "<dt>Tempo</dt><dd>Two seconds up, three down.</dd><dt>What you should feel</dt><dd>Warmth deep in the lower calf.</dd></dl>" +
        "<h4>How to do it</h4><ol><li>Lift both heels slowly.</li><li>Lower them for three seconds.</li></ol>" +
        "<h4>Safety</h4><ul><li>Stop if you feel sharp pain.</li><li>Keep a hand on the table.</li></ul>" +
        '<dl class="exercise-variations"><dt>Easier</dt><dd>Lift one heel at a time.</dd><dt>Harder</dt><dd>Put a bag of rice on your knees.</dd></dl>' +
        "</section>",
    );
  });

  it("renders a hold with data-hold-seconds", () => {
    const { html } = render(exercise("hold: 30"));
    expect(html).toContain('data-hold-seconds="30"');
    expect(html).not.toContain("data-reps");
    expect(html).toContain("<dt>Hold</dt><dd>30 seconds</dd>");
  });

  it("renders a walk for a time with data-walk-seconds, not as a hold", () => {
    const { html, diagnostics } = render(exercise("walk: 45"));
    expect(diagnostics).toEqual([]);
    expect(html).toContain('data-walk-seconds="45"');
    expect(html).not.toContain("data-hold-seconds");
    expect(html).not.toContain("data-reps");
    expect(html).toContain("<dt>Walk for</dt><dd>45 seconds</dd>");
  });

  it("reports an invalid field at its own line and shows the block as plain code", () => {
    const { html, diagnostics } = render(
      `Intro.\n\n${exercise("reps: 10").replace("sets: 2", "sets: lots")}`,
    );
    expect(html).toContain('<pre><code class="language-exercise">');
    expect(diagnostics).toEqual([
      { line: 11, message: "exercise: sets: Invalid input: expected number, received string" },
    ]);
  });

  it("requires exactly one of reps, hold or walk", () => {
    const message =
      "exercise: reps: give exactly one of reps, hold (seconds held still) or walk (seconds of walking)";
    const both = render(`Intro.\n\n${exercise("reps: 10\nhold: 30")}`).diagnostics;
    const holdAndWalk = render(`Intro.\n\n${exercise("hold: 30\nwalk: 45")}`).diagnostics;
    const neither = render(exercise("")).diagnostics;
    expect(both).toEqual([{ line: 10, message }]);
    expect(holdAndWalk).toEqual([{ line: 4, message }]);
    expect(neither).toEqual([{ line: 2, message }]);
  });

  it("reports YAML syntax errors in an exercise", () => {
    const { diagnostics } = render("```exercise\nid: [broken\n```");
    expect(diagnostics[0]?.message).toMatch(/^exercise: YAML:/);
    expect(diagnostics[0]?.line).toBeGreaterThanOrEqual(2);
  });
});

describe("other Markdown", () => {
  it("adds rel to external links only", () => {
    const { html } = render(
      "[a](https://example.org) [b](../other) [c](#where) [d](mailto:coach@example.org)",
    );
    expect(html).toBe(
      '<p><a href="https://example.org" rel="noopener noreferrer">a</a> <a href="../other">b</a> <a href="#where">c</a> <a href="mailto:coach@example.org">d</a></p>',
    );
  });

  it("keeps GFM tables and strikethrough", () => {
    expect(render("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~").html).toContain("<table>");
  });

  it("leaves prose colons alone instead of treating them as directives", () => {
    expect(render("Ratio 2:1, note:this and 10:30am.").html).toBe(
      "<p>Ratio 2:1, note:this and 10:30am.</p>",
    );
  });

  it("reports and drops unknown blocks; unwraps unknown containers", () => {
    const { html, diagnostics } = render("::video{src=x}\n\n:::warning\nKept text.\n:::");
    expect(html).toBe("<p>Kept text.</p>");
    expect(diagnostics.map((d) => d.line)).toEqual([1, 3]);
  });

  it("reports a top-level heading", () => {
    expect(render("# Title").diagnostics).toEqual([
      { line: 1, message: expect.stringContaining("use ## for sections") },
    ]);
  });
});
