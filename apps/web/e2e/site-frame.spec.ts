import { expect, test, type Page } from "@playwright/test";
import { urls } from "../../../e2e.urls";
import { axeViolations } from "./axe";
import { COURSE } from "./quiz-helpers";

/** Every response that came back 404, apart from the addresses a test asks for on purpose. */
function watchNotFound(page: Page, expected: string[] = []) {
  const missing: string[] = [];
  page.on("response", (response) => {
    const { pathname } = new URL(response.url());
    if (response.status() === 404 && !expected.includes(pathname)) missing.push(pathname);
  });
  return missing;
}

async function useLargestText(page: Page) {
  await page.context().addCookies([{ name: "soleus-text-size", value: "largest", url: urls.web }]);
}

for (const size of [
  { name: "a 320 px phone at the largest text size", width: 320, height: 640 },
  // A 1280 × 800 laptop zoomed to 200 % lays out as 640 × 400 CSS pixels.
  { name: "a laptop at 200 % zoom and the largest text size", width: 640, height: 400 },
]) {
  test(`the header is compact on ${size.name}: a Menu button that opens, closes with Escape and keeps focus right`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await useLargestText(page);
    const missing = watchNotFound(page);
    await page.goto(`${COURSE}/meet-the-soleus`);
    await expect(page.locator("html")).toHaveAttribute("data-text-size", "largest");
    const header = page.locator("header.site-header");
    const menu = header.getByRole("button", { name: "Menu" });
    const courses = header.getByRole("link", { name: "Courses", exact: true });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    const closedHeight = (await header.boundingBox())?.height ?? Infinity;
    expect(closedHeight / size.height).toBeLessThanOrEqual(0.25);
    await expect(courses).toBeHidden();

    await page.keyboard.press("Tab"); // skip link
    await page.keyboard.press("Tab"); // brand
    await page.keyboard.press("Tab");
    await expect(menu).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await expect(courses).toBeFocused();
    await expect(page.getByText("Text size and contrast")).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    // The open menu pushes the page down; it never covers it (the header is not fixed).
    expect(await header.evaluate((element) => getComputedStyle(element).position)).toBe("static");
    await page.keyboard.press("Escape");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(menu).toBeFocused();
    await expect(courses).toBeHidden();
    expect(missing).toEqual([]);
  });
}

test("wide screens: a centred reading column, the footer at the bottom of a short page, a favicon, and a 404 that leads back to the course", async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const missingQuiz = `${COURSE}/quiz/no-such-quiz`;
  const missingLesson = `${COURSE}/no-such-lesson`;
  const missing = watchNotFound(page, [missingQuiz, missingLesson]);

  await page.goto("/courses");
  const header = page.locator("header.site-header");
  await expect(header.getByRole("button", { name: "Menu" })).toBeHidden();
  await expect(header.getByRole("link", { name: "Courses", exact: true })).toBeVisible();
  const heading = await page.getByRole("heading", { level: 1 }).boundingBox();
  const main = await page.locator("main").boundingBox();
  if (!heading || !main) throw new Error("no main or heading");
  // The column's middle is the window's middle, and no more than a quarter of the width is empty to its right.
  expect(Math.abs(main.x + main.width / 2 - 960)).toBeLessThanOrEqual(2);
  expect(heading.x).toBeGreaterThan(1920 * 0.25);

  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toMatch(/icon/);

  // From the course, an address that does not exist: the 404 page offers that course back.
  await page.goto(COURSE);
  const response = await page.goto(missingQuiz);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We could not find that page" })).toBeVisible();
  await expect(
    page.getByRole("link", { name: "Back to the course: The Second Heart" }),
  ).toHaveAttribute("href", COURSE);
  const footer = await page.locator("footer.site-footer").boundingBox();
  expect(Math.round((footer?.y ?? 0) + (footer?.height ?? 0))).toBe(1080);
  expect(await axeViolations(page)).toEqual([]);

  expect(missing).toEqual([]);

  // A missing lesson address typed into a new tab (no referrer; lesson addresses are
  // prerendered and bypass the proxy): the page still offers the course the address names.
  const typedIn = await page.context().newPage();
  const missingInNewTab = watchNotFound(typedIn, [missingLesson]);
  const typed = await typedIn.goto(missingLesson);
  expect(typed?.status()).toBe(404);
  expect(await typed?.request().headerValue("referer")).toBeNull();
  await expect(
    typedIn.getByRole("link", { name: "Back to the course: The Second Heart" }),
  ).toHaveAttribute("href", COURSE);
  expect(await axeViolations(typedIn)).toEqual([]);
  expect(missingInNewTab).toEqual([]);
});
