import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "./axe";
import { openHeaderMenu } from "./header-menu";

const pages = [
  { name: "home", path: "/" },
  { name: "catalog", path: "/courses" },
  { name: "course", path: "/courses/the-second-heart" },
  { name: "lesson", path: "/courses/the-second-heart/training-the-soleus" },
  { name: "404", path: "/courses/the-second-heart/no-such-lesson" },
];

async function setDisplay(
  page: Page,
  baseURL: string | undefined,
  settings: Record<string, string>,
) {
  await page
    .context()
    .addCookies(
      Object.entries(settings).map(([name, value]) => ({ name, value, url: baseURL ?? "" })),
    );
}

for (const theme of ["standard", "contrast"] as const) {
  test.describe(`axe, ${theme} theme`, () => {
    for (const { name, path } of pages) {
      test(`${name} page has no WCAG 2.2 AA violations`, async ({ page, baseURL }) => {
        await setDisplay(page, baseURL, { "soleus-theme": theme });
        await page.goto(path);
        if (name === "lesson")
          await expect(page.getByRole("button", { name: "Start" }).first()).toBeVisible();
        // Check the opened display settings too, and a running timer on the lesson.
        await page.getByText("Text size and contrast").click();
        if (name === "lesson")
          await page
            .getByRole("group", { name: /Hold timer/ })
            .first()
            .getByRole("button", { name: "Start" })
            .click();
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}

test.describe("reflow", () => {
  for (const { name, path } of pages) {
    test(`${name} page fits 320 px without horizontal scrolling`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      await openHeaderMenu(page);
      await page.getByText("Text size and contrast").click();
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
      ).toBeLessThanOrEqual(0);
    });

    test(`${name} page at 200% text size still fits 320 px without horizontal scrolling`, async ({
      page,
      baseURL,
    }) => {
      await setDisplay(page, baseURL, { "soleus-text-size": "largest" });
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(
        "32px",
      );
      await openHeaderMenu(page);
      await page.getByText("Text size and contrast").click();
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
      ).toBeLessThanOrEqual(0);
    });
  }
});
