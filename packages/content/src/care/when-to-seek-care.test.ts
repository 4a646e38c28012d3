import { describe, expect, it } from "vitest";
import { renderLesson } from "../render/pipeline";
import { EMERGENCY_CARE, SAME_DAY_CARE, footerCareNote } from "./when-to-seek-care";

describe("when to seek care", () => {
  it("treats the signs of a clot in the lung as an emergency, including coughing up blood and chest pain on breathing in", () => {
    expect(EMERGENCY_CARE.action).toMatch(/emergency number now/);
    expect(EMERGENCY_CARE.signs).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/coughing up blood/i),
        expect.stringMatching(/worse when you breathe in/),
        expect.stringMatching(/sudden shortness of breath/i),
      ]),
    );
  });

  it("gives one swollen, sore or warm leg same-day care, not an emergency call", () => {
    expect(SAME_DAY_CARE.action).toMatch(/same day/);
    expect(SAME_DAY_CARE.signs.join(" ")).toMatch(/one leg/);
    expect(EMERGENCY_CARE.signs.join(" ")).not.toMatch(/swell/i);
  });

  it("builds the footer note from the same levels", () => {
    expect(footerCareNote()).toEqual({
      disclaimer: "Education, not medical advice.",
      emergency:
        "Call your local emergency number now if you have chest pain, sudden shortness of breath or you cough up blood.",
      sameDay: "Get medical advice the same day if one leg swells, hurts or feels warm.",
    });
  });
});

describe("::seek-care", () => {
  it("renders the emergency signs, then the same-day signs, as a safety callout", () => {
    const { html, diagnostics } = renderLesson("Before.\n\n::seek-care\n\nAfter.", {
      courseSlug: "c",
    });
    expect(diagnostics).toEqual([]);
    expect(html).toContain(
      '<div class="callout callout-safety" data-callout="safety" role="note"><p class="callout-title"><strong>When to get help</strong></p>',
    );
    for (const sign of [...EMERGENCY_CARE.signs, ...SAME_DAY_CARE.signs])
      expect(html).toContain(`<li>${sign}</li>`);
    expect(html.indexOf(EMERGENCY_CARE.action)).toBeLessThan(html.indexOf(SAME_DAY_CARE.action));
    expect(html).toMatch(
      /^<p>Before\.<\/p>\n<div class="callout callout-safety"[\s\S]*<\/div>\n<p>After\.<\/p>$/,
    );
  });

  it("reports attributes it would ignore", () => {
    const { diagnostics } = renderLesson('::seek-care{level="mild"}', { courseSlug: "c" });
    expect(diagnostics.map(({ line, message }) => ({ line, message }))).toEqual([
      { line: 1, message: "seek-care takes no attributes (its advice comes from the care module)" },
    ]);
  });
});
