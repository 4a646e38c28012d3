import { expect, test, type Browser, type Page } from "@playwright/test";
import { urls } from "../../../e2e.urls";
import { axeViolations } from "../../web/e2e/axe";
import { assignCoach, createAccount, lessonId, signIn } from "./fixtures";

const COURSE = "the-second-heart";
type Account = Awaited<ReturnType<typeof createAccount>>;
let cora: Account;
let jo: Account;
let olly: Account;
let habits: { courseId: string; lessonId: string };
let balance: { courseId: string; lessonId: string };

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  cora = await createAccount("coach", "Cora Coach");
  jo = await createAccount("coach", "Jo Coach");
  olly = await createAccount("coach", "Olly Outsider");
  await assignCoach(COURSE, cora.id);
  await assignCoach(COURSE, jo.id);
  habits = await lessonId(COURSE, "everyday-habits");
  balance = await lessonId(COURSE, "balance-and-fall-risk");
});

const lessonPath = (l: { courseId: string; lessonId: string }) =>
  `/courses/${l.courseId}/lessons/${l.lessonId}`;
const body = (page: Page) => page.getByRole("textbox", { name: "Lesson text" });
const status = (page: Page) => page.locator(".save-status");
const preview = (page: Page) =>
  page.frameLocator('iframe[title="Lesson preview, as learners will see it"]');

async function typeAtEnd(page: Page, text: string) {
  await body(page).click();
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await page.keyboard.type(text);
}

async function coachPage(browser: Browser, who: Account) {
  const context = await browser.newContext({ baseURL: urls.admin });
  const page = await context.newPage();
  await signIn(page, who);
  return page;
}

test("a coach writes with the toolbar and the keyboard, sees the preview, publishes, and learners read it", async ({
  page,
}) => {
  await signIn(page, cora);
  await page.goto("/courses");
  await page.getByRole("link", { name: "The Second Heart" }).click();
  await page.getByRole("link", { name: "Everyday habits" }).click();
  await expect(body(page)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await typeAtEnd(page, "A brand new line about slow calf raises.");
  // Keyboard only: Tab from the text leaves the editor; the toolbar is one Tab stop back.
  await page.keyboard.press("Enter");
  await page.keyboard.press("Control+Alt+k"); // key points
  await expect(body(page)).toContainText(":::keypoints");
  const toolbar = page.getByRole("toolbar", { name: "Formatting and blocks" });
  await toolbar.getByRole("button", { name: "Heading", exact: true }).focus();
  await page.keyboard.press("End");
  await expect(toolbar.getByRole("button", { name: "When to get help" })).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expect(toolbar.getByRole("button", { name: "Figure" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(body(page)).toContainText('::figure{src="images/picture.svg"');

  // The preview is the learner site's rendering, updated as the coach types.
  await expect(preview(page).getByText("A brand new line about slow calf raises.")).toBeVisible();
  await expect(preview(page).getByText("First point")).toBeVisible();
  // Remove the figure again (undo), then write an unknown block: the content package's own
  // check lists it under the editor, one click away; fixing it empties the list.
  await body(page).click();
  await page.keyboard.press("Control+z");
  await expect(body(page)).not.toContainText("::figure");
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Enter");
  await page.keyboard.type("::mystery");
  const problem = page.getByRole("button", { name: /unknown block/ });
  await expect(problem).toBeVisible();
  await problem.click();
  await page.keyboard.press("Home");
  await page.keyboard.press("Shift+End");
  await page.keyboard.press("Backspace");
  await expect(page.getByText("No problems found.")).toBeVisible();
  await expect(status(page)).toHaveText(/^Saved \d\d:\d\d$/, { timeout: 10_000 });

  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await page.getByRole("button", { name: "Yes, publish" }).click();
  // Publishing runs the whole content:check for the lesson (spelling included): slow when cold.
  await expect(page.getByRole("status").filter({ hasText: "Published as revision" })).toBeVisible({
    timeout: 30_000,
  });

  await expect(async () => {
    const learner = await page.request.get(`${urls.web}/courses/${COURSE}/everyday-habits`);
    expect(await learner.text()).toContain("A brand new line about slow calf raises.");
  }).toPass({ timeout: 10_000 });
});

test("closing the tab mid-edit and coming back keeps the text", async ({ browser }) => {
  const page = await coachPage(browser, cora);
  await page.goto(lessonPath(habits));
  await typeAtEnd(page, "Typed just before the tab closed.");
  await page.close({ runBeforeUnload: false }); // before the 1.5 s pause: nothing sent yet
  const again = await page.context().newPage();
  await again.goto(lessonPath(habits));
  // CodeMirror draws only the lines in view: the preview shows the whole text.
  await expect(preview(again).getByText("Typed just before the tab closed.")).toBeVisible();
  await expect(status(again)).toHaveText(/^Saved \d\d:\d\d$/, { timeout: 10_000 });
  await again.context().close();
});

test("two coaches edit the same lesson: the second gets the conflict view and nothing is lost", async ({
  browser,
}) => {
  const first = await coachPage(browser, cora);
  const second = await coachPage(browser, jo);
  await first.goto(lessonPath(habits));
  await second.goto(lessonPath(habits));
  await expect(second.getByText("Also open by: Cora Coach (coach)")).toBeVisible({
    timeout: 15_000,
  });

  await typeAtEnd(first, "Cora's sentence.");
  await expect(status(first)).toHaveText(/^Saved/, { timeout: 10_000 });
  await typeAtEnd(second, "Jo's sentence.");
  await expect(
    second.getByRole("heading", { name: /saved this lesson while you were editing/ }),
  ).toBeVisible({ timeout: 10_000 });
  await expect(status(second)).toHaveText("Conflict");
  const merged = second.getByLabel("Merged lesson text");
  await expect(merged).toHaveValue(/Cora's sentence\./);
  await expect(merged).toHaveValue(/Jo's sentence\./);
  await second.getByRole("button", { name: "Save the merged version" }).click();
  await expect(status(second)).toHaveText(/^Saved/, { timeout: 10_000 });

  await first.reload();
  await expect(preview(first).getByText("Cora's sentence.")).toBeVisible();
  await expect(preview(first).getByText("Jo's sentence.")).toBeVisible();

  // Restore the first revision (the built-in text): a new draft, after a confirm step.
  await first.getByRole("button", { name: "Restore revision 1" }).click();
  await first.getByRole("button", { name: "Yes, make it the draft" }).click();
  await expect(preview(first).getByText("Jo's sentence.")).toHaveCount(0);
  await expect(preview(first).getByText("Cora's sentence.")).toHaveCount(0);
  await expect(
    preview(first).getByRole("heading", { name: "Breaking up long sitting" }),
  ).toBeVisible();
  await first.context().close();
  await second.context().close();
});

test("script in the title, summary and body stays inert in the editor and the preview", async ({
  page,
}) => {
  await signIn(page, cora);
  let ran = false;
  page.on("dialog", (dialog) => {
    ran = true;
    void dialog.dismiss();
  });
  await page.goto(lessonPath(balance));
  const vector = `<img src=x onerror="alert(1)"><script>alert(2)</script>`;
  await page.getByLabel("Title", { exact: true }).fill(`Balance ${vector}`);
  await page.getByLabel("Summary", { exact: true }).fill(`Summary ${vector}`);
  await typeAtEnd(page, `${vector} [click](javascript:alert(3)) <svg onload="alert(4)"></svg>`);
  await expect(status(page)).toHaveText(/^Saved/, { timeout: 10_000 });
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("<img src=x");
  const frame = preview(page);
  await expect(frame.getByText("Summary <img src=x")).toBeVisible();
  expect(await frame.locator("script, img[onerror], svg, a[href^='javascript']").count()).toBe(0);
  expect(await page.locator("img[onerror], svg[onload]").count()).toBe(0);
  expect(ran).toBe(false);
});

test("a coach cannot open a course they are not assigned to", async ({ page }) => {
  await signIn(page, olly);
  await page.goto("/courses");
  await expect(page.getByRole("link", { name: "The Second Heart" })).toHaveCount(0);
  await page.goto(`/courses/${habits.courseId}`);
  await expect(page.getByRole("heading", { name: "Course not available" })).toBeVisible();
  await page.goto(lessonPath(habits));
  await expect(page.getByRole("heading", { name: "Lesson not available" })).toBeVisible();
});
