import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SiteShell } from "./site-shell";

const html = renderToStaticMarkup(
  <SiteShell productName="Soleus" nav={[{ href: "/courses", label: "Courses" }]}>
    <h1>Page</h1>
  </SiteShell>,
);

describe("SiteShell", () => {
  it("starts with a skip link that targets the main landmark", () => {
    expect(html.startsWith('<a class="skip-link" href="#main">Skip to main content</a>')).toBe(true);
    expect(html).toMatch(/<main id="main" tabindex="-1"[^>]*><h1>Page<\/h1><\/main>/);
  });

  it("labels the navigation and carries the medical note in the footer", () => {
    expect(html).toContain('<nav aria-label="Main"><ul class="site-header__nav"><li><a class="site-header__link" href="/courses">Courses</a>');
    const footer = html.slice(html.indexOf("<footer"));
    expect(footer).toContain("Education, not medical advice.");
    expect(footer).toContain("call your local emergency number");
  });
});
