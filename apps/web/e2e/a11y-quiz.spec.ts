import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "./axe";
import { answerWithMouse, openFinalQuiz, questionKind, signUp } from "./quiz-helpers";

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Visits every question once (answering it), calling `check` on the first question of each type, then on the submit dialog. */
async function walkQuiz(page: Page, check: (what: string) => Promise<void>) {
  const seen = new Set<string>();
  for (let question = 1; question <= 27; question += 1) {
    const kind = await questionKind(page.locator(".question-card"));
    if (!seen.has(kind)) {
      seen.add(kind);
      await check(`question type ${kind}`);
    }
    if (question < 27) {
      await answerWithMouse(page);
      await page.getByRole("button", { name: "Next question" }).click();
    }
  }
  expect(seen.size).toBe(8);
  await page.getByRole("button", { name: "Finish and submit" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await check("submit dialog");
  await page.getByRole("button", { name: "Submit my answers" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Your result/ })).toBeVisible();
  // After the client-side move to the result, the document title follows the heading: wait for it
  // before axe reads the page (it once ran in between and found no <title>).
  await expect(page).toHaveTitle(/^Your result — /);
}

for (const theme of ["standard", "contrast"] as const) {
  test(`quiz player, results and progress have no WCAG 2.2 AA violations (${theme} theme)`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(240_000);
    await page.context().addCookies([{ name: "soleus-theme", value: theme, url: baseURL ?? "" }]);
    await signUp(page, `A11y ${theme}`);
    await page.goto("/progress");
    expect(await axeViolations(page), "empty progress page").toEqual([]);
    await page.goto("/courses/the-second-heart/quiz/the-second-heart-final");
    expect(await axeViolations(page), "quiz page").toEqual([]);
    await openFinalQuiz(page);
    await walkQuiz(page, async (what) => expect(await axeViolations(page), what).toEqual([]));
    expect(await axeViolations(page), "results page").toEqual([]);
    await page.goto("/progress");
    await expect(page.getByRole("img", { name: /Mastery per topic/ })).toBeVisible();
    expect(await axeViolations(page), "progress page").toEqual([]);
    await page.goto("/courses/the-second-heart");
    expect(await axeViolations(page), "course page, signed in").toEqual([]);
    await page.goto("/courses/the-second-heart/meet-the-soleus");
    expect(await axeViolations(page), "lesson page, signed in").toEqual([]);
  });
}

for (const size of ["standard", "largest"] as const) {
  test(`quiz player, results and progress fit 320 px without horizontal scrolling (${size === "largest" ? "200% text" : "standard text"})`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(240_000);
    if (size === "largest")
      await page
        .context()
        .addCookies([{ name: "soleus-text-size", value: "largest", url: baseURL ?? "" }]);
    await page.setViewportSize({ width: 320, height: 640 });
    await signUp(page, `Reflow ${size}`);
    await openFinalQuiz(page);
    if (size === "largest")
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(
        "32px",
      );
    await walkQuiz(page, async (what) => expect(await overflow(page), what).toBeLessThanOrEqual(0));
    expect(await overflow(page), "results page").toBeLessThanOrEqual(0);
    await page.goto("/progress");
    expect(await overflow(page), "progress page").toBeLessThanOrEqual(0);
  });
}
