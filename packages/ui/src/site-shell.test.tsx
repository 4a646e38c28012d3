import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SiteShell } from "./site-shell";

const careNote = {
  disclaimer: "Education, not medical advice.",
  emergency: "Call your local emergency number now if you cough up blood.",
  sameDay: "Get medical advice the same day if one leg swells.",
};

const html = renderToStaticMarkup(
  <SiteShell
    productName="Soleus"
    nav={[{ href: "/courses", label: "Courses" }]}
    careNote={careNote}
  >
    <h1>Page</h1>
  </SiteShell>,
);

describe("SiteShell", () => {
  it("starts with a skip link that targets the main landmark", () => {
    expect(html.startsWith('<a class="skip-link" href="#main">Skip to main content</a>')).toBe(
      true,
    );
    expect(html).toMatch(/<main id="main" tabindex="-1"[^>]*><h1>Page<\/h1><\/main>/);
  });

  it("labels the navigation and carries the medical note in the footer", () => {
    expect(html).toContain(
      '<nav aria-label="Main"><ul class="site-header__nav"><li><a class="site-header__link" href="/courses">Courses</a>',
    );
    const footer = html.slice(html.indexOf("<footer"));
    expect(footer).toContain("<strong>Education, not medical advice.</strong>");
    expect(footer).toContain(
      "Call your local emergency number now if you cough up blood. Get medical advice the same day if one leg swells.",
    );
  });
});
