import { describe, expect, it } from "vitest";
import { figureMarkdown } from "./figure-markdown";
import { renderLesson } from "./pipeline";

const render = (markdown: string) =>
  renderLesson(markdown, { courseSlug: "the-second-heart", mediaBaseUrl: "/media" });

describe("figureMarkdown", () => {
  it("writes a figure block the renderer turns into a sized figure", () => {
    const markdown = figureMarkdown({
      src: `images/${"a".repeat(64)}.png`,
      alt: "A seated calf raise",
      caption: "Heels up, slowly",
      width: 800,
      height: 600,
    });
    const { html, diagnostics } = render(markdown);
    expect(diagnostics).toEqual([]);
    expect(html).toBe(
      `<figure><img src="/media/the-second-heart/images/${"a".repeat(64)}.png" alt="A seated calf raise" loading="lazy" width="800" height="600"><figcaption>Heels up, slowly</figcaption></figure>`,
    );
  });

  it("keeps quotes and markup in the alt text and caption as text", () => {
    const markdown = figureMarkdown({
      src: "images/a.png",
      alt: 'The "soleus" & <b>calf</b>" onerror="alert(1)',
      caption: '"}<script>alert(1)</script>',
    });
    const { html } = render(markdown);
    expect(html).not.toContain("<script");
    expect(html).not.toContain(' onerror="');
    expect(html).toContain(
      'alt="The &#x22;soleus&#x22; &#x26; <b>calf</b>&#x22; onerror=&#x22;alert(1)"',
    );
    expect(html).toContain('<figcaption>"}&#x3C;script>alert(1)&#x3C;/script></figcaption>');
  });
});
