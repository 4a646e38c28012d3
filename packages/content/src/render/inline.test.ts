import { toHtml } from "hast-util-to-html";
import { describe, expect, it } from "vitest";
import { renderInlineTree } from "./inline";
import { activeContentInTree } from "./testing/inert";
import { xssVectors } from "./testing/xss-vectors";

const html = (text: string) => toHtml(renderInlineTree(text));

describe("inline Markdown for quiz texts", () => {
  it("keeps emphasis, strong, code and safe links", () => {
    expect(
      html("Hold for *ten* **slow** breaths, see `calf-raise` or [the NHS](https://www.nhs.uk)"),
    ).toBe(
      'Hold for <em>ten</em> <strong>slow</strong> breaths, see <code>calf-raise</code> or <a href="https://www.nhs.uk" rel="noopener noreferrer">the NHS</a>',
    );
  });

  it("leaves plain text as it is", () => {
    expect(html("Stand tall: 10 reps.")).toBe("Stand tall: 10 reps.");
  });

  it("drops block syntax but keeps its words", () => {
    expect(html("# Big\n\n- one")).toBe("Big<br>one");
  });

  it.each(xssVectors)("keeps %s inert", (_name, vector) => {
    expect(activeContentInTree(renderInlineTree(vector))).toEqual([]);
  });
});
