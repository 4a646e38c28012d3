import { expect, test, type Browser, type Frame, type Locator, type Page } from "@playwright/test";
import { urls } from "../../../e2e.urls";
import { pngBytes } from "../../../packages/app-runtime/src/images/test-images";
import { xssVectors } from "../../../packages/content/src/render/testing/xss-vectors";
import { axeViolations } from "../../web/e2e/axe";
import { assignCoach, createAccount, lessonId, publishDraftAsIs, signIn } from "./fixtures";
import { openWithLazyChunksOffline } from "./offline";

const COURSE = "the-second-heart";
type Account = Awaited<ReturnType<typeof createAccount>>;
let cora: Account;
let jo: Account;
let olly: Account;
let habits: { courseId: string; lessonId: string };
let balance: { courseId: string; lessonId: string };
let ageing: { courseId: string; lessonId: string };
let training: { courseId: string; lessonId: string };
let meet: { courseId: string; lessonId: string };

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  cora = await createAccount("coach", "Cora Coach");
  jo = await createAccount("coach", "Jo Coach");
  olly = await createAccount("coach", "Olly Outsider");
  await assignCoach(COURSE, cora.id);
  await assignCoach(COURSE, jo.id);
  habits = await lessonId(COURSE, "everyday-habits");
  balance = await lessonId(COURSE, "balance-and-fall-risk");
  ageing = await lessonId(COURSE, "aging-circulation-and-muscle");
  training = await lessonId(COURSE, "training-the-soleus");
  meet = await lessonId(COURSE, "meet-the-soleus");
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

test("offline before the lazily loaded parts arrive: each says so, nothing typed is lost, and back online they load", async ({
  page,
}) => {
  await signIn(page, cora);
  const back = await openWithLazyChunksOffline(page, lessonPath(meet));
  // The editor's own chunk (CodeMirror, preview, diff, images, revisions) cannot load.
  await expect(
    page.getByText("The lesson editor could not load: this part needs a connection"),
  ).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole("heading", { name: /went wrong/ })).toHaveCount(0);
  await back();
  await expect(body(page)).toBeVisible({ timeout: 15_000 }); // loaded by itself once online

  // Offline again before the exercise timer's chunk has loaded, the coach adds an exercise.
  await page.context().setOffline(true);
  await body(page).click();
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Control+Alt+e");
  await expect(status(page)).toHaveText("Offline — changes kept on this device", {
    timeout: 15_000,
  });
  const exercise = preview(page).locator("section.exercise").last();
  await expect(exercise).toContainText(
    "The exercise timer could not load: this part needs a connection",
  );
  await expect(body(page)).toContainText("name: Exercise name");
  await page.context().setOffline(false);
  await expect(exercise.locator(".exercise-tool")).toBeVisible({ timeout: 15_000 });
  await expect(status(page)).toHaveText(/^Saved \d\d:\d\d$/, { timeout: 20_000 });
  await expect(body(page)).toContainText("name: Exercise name");
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

const PHONE = { width: 320, height: 720 };

/** Presses Tab (or Shift+Tab) until `target` has focus: the way a keyboard user gets there. */
async function tabTo(page: Page, target: Locator, key: "Tab" | "Shift+Tab" = "Tab", most = 80) {
  for (let presses = 0; presses < most; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

/** A PNG of a size of its own, so each upload is a new image. */
const uniquePng = (height: number) => Buffer.from(pngBytes(200 + (Date.now() % 3000), height));

test("keyboard alone: every block type and an uploaded image, previewed at two text sizes, published, and learners read it with the image's space reserved", async ({
  page,
}) => {
  await signIn(page, cora);
  await page.goto(`/courses/${ageing.courseId}`);
  await tabTo(page, page.getByRole("link", { name: "Ageing, circulation and muscle" }));
  await page.keyboard.press("Enter");
  const text = page.locator(".cm-content");
  await expect(text).toBeVisible();

  // Into the text: the toolbar is one Tab stop before it.
  const toolbar = page.getByRole("toolbar", { name: "Formatting and blocks" });
  await tabTo(page, toolbar.getByRole("button").first());
  await page.keyboard.press("Tab");
  await expect(text).toBeFocused();
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Try these at home.");
  for (const shortcut of ["Control+Alt+c", "Control+Alt+k", "Control+Alt+e", "Control+Alt+h"]) {
    await page.keyboard.press(shortcut);
    await page.keyboard.press("Control+End");
  }

  // The image: a dialog, focus inside it, back in the text with the figure at the cursor.
  await page.keyboard.press("Enter");
  await page.keyboard.press("Control+Alt+i");
  const dialog = page.getByRole("dialog", { name: "Upload an image" });
  await expect(dialog.getByLabel("Image file")).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  // The file itself comes from the system's file picker, which is not the page's to test.
  await dialog.getByLabel("Image file").setInputFiles({
    name: "calf.png",
    mimeType: "image/png",
    buffer: uniquePng(300),
  });
  await page.keyboard.press("Tab");
  await expect(dialog.getByLabel("Alt text")).toBeFocused();
  await page.keyboard.type("A person rising onto the balls of both feet");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Rise slowly, lower slowly");
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Upload image" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  await expect(text).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: "inserted" })).toHaveText(
    'Image "A person rising onto the balls of both feet" inserted into the lesson text.',
  );
  await page.keyboard.type("Done for today.");

  // Leave the text with Tab (it never traps the key): next come the preview's text sizes.
  await page.keyboard.press("Tab");
  await expect(text).not.toBeFocused();
  const frame = preview(page);
  await expect(frame.getByRole("heading", { name: "Exercise name" })).toBeVisible();
  await expect(frame.getByText("Write the callout here.")).toBeVisible();
  await expect(frame.getByText("First point")).toBeVisible();
  const image = frame.locator('figure img[alt="A person rising onto the balls of both feet"]');
  await expect(image).toHaveAttribute("height", "300");
  await expect(image).toHaveAttribute("width", /^\d+$/);
  await expect(frame.getByText("Rise slowly, lower slowly")).toBeVisible();
  const standard = page.getByRole("radio", { name: "Standard" });
  await tabTo(page, standard);
  const before = await frame.getByText("Try these at home.").boundingBox();
  for (let step = 0; step < 3; step += 1) await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("radio", { name: "Largest" })).toBeChecked();
  await expect(frame.locator("html")).toHaveAttribute("data-text-size", "largest");
  const after = await frame.getByText("Try these at home.").boundingBox();
  expect(after?.height ?? 0).toBeGreaterThan((before?.height ?? 0) * 1.5);
  await expect(frame.getByText("Write the callout here.")).toBeVisible();

  // Publish, with the keyboard, once everything is saved.
  await expect(status(page)).toHaveText(/^Saved \d\d:\d\d$/, { timeout: 10_000 });
  await expect(page.getByText("No problems found.")).toBeVisible();
  await tabTo(page, page.getByRole("button", { name: "Publish", exact: true }), "Shift+Tab");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Yes, publish" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Published as revision" })).toBeVisible({
    timeout: 30_000,
  });

  const learnerPage = await page.context().newPage();
  await expect(async () => {
    await learnerPage.goto(`${urls.web}/courses/${COURSE}/aging-circulation-and-muscle`);
    await expect(learnerPage.getByText("Try these at home.")).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  const learnerImage = learnerPage.locator(
    'figure img[alt="A person rising onto the balls of both feet"]',
  );
  await expect(learnerImage).toHaveAttribute("height", "300");
  await expect(learnerImage).toHaveAttribute("width", /^\d+$/);
  await expect(learnerPage.getByText("Rise slowly, lower slowly")).toBeVisible();
  await expect(learnerPage.getByRole("heading", { name: "Exercise name" })).toBeVisible();
  await expect(learnerPage.getByText("Write the callout here.")).toBeVisible();
  await learnerPage.close();
});

test("the editor at 320 px and the largest text size: nothing overflows, controls stay reachable, axe finds nothing", async ({
  page,
}) => {
  await signIn(page, cora);
  await page.setViewportSize(PHONE);
  await page.goto(lessonPath(training));
  await expect(body(page)).toBeVisible();
  await page.evaluate(() => {
    document.documentElement.dataset.textSize = "largest";
  });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const toolbarButtons = page
    .getByRole("toolbar", { name: "Formatting and blocks" })
    .getByRole("button");
  for (const box of await toolbarButtons.evaluateAll((buttons) =>
    buttons.map((button) => button.getBoundingClientRect().toJSON() as DOMRect),
  )) {
    expect(box.right).toBeLessThanOrEqual(320);
    expect(box.height).toBeGreaterThanOrEqual(44);
  }
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Upload image" }).click();
  const dialog = page.getByRole("dialog", { name: "Upload an image" });
  await expect(dialog.getByLabel("Image file")).toBeFocused();
  expect(
    await dialog.evaluate((element) => element.getBoundingClientRect().right),
  ).toBeLessThanOrEqual(320);
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "Upload image" })).toBeFocused();

  // The course page too: fields, lesson rows and the revision table stay within 320 px.
  await page.goto(`/courses/${training.courseId}`);
  await expect(page.getByRole("heading", { name: "Course details" })).toBeVisible();
  await page.evaluate(() => {
    document.documentElement.dataset.textSize = "largest";
  });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  expect(await axeViolations(page)).toEqual([]);
});

test("script in the image's alt text and caption stays inert in the editor, the preview and the learner site", async ({
  browser,
}) => {
  const page = await coachPage(browser, cora);
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(lessonPath(training));
  const vectors = xssVectors.map(([, markdown]) => markdown);
  // One upload per vector would be slow: the alt text and caption each carry a share of them
  // (the alt text has 250 characters, the caption 300), the body all of them.
  const alt = vectors
    .filter((v) => v.length < 60)
    .slice(0, 4)
    .join(" ")
    .slice(0, 250);
  const caption = vectors
    .filter((v) => v.length < 70)
    .slice(4, 9)
    .join(" ")
    .slice(0, 300);
  await typeAtEnd(page, "Vectors follow.");
  await page.getByRole("button", { name: "Upload image" }).click();
  const dialog = page.getByRole("dialog", { name: "Upload an image" });
  await dialog.getByLabel("Image file").setInputFiles({
    name: "x.png",
    mimeType: "image/png",
    buffer: uniquePng(120),
  });
  await dialog.getByLabel("Alt text").fill(alt);
  await dialog.getByLabel("Caption").fill(caption);
  await dialog.getByRole("button", { name: "Upload image" }).click();
  await expect(dialog).toBeHidden();
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await page.keyboard.insertText(vectors.join("\n\n"));
  await expect(status(page)).toHaveText(/^Saved/, { timeout: 10_000 });

  // What a vector would leave behind if it got through: elements and attributes that run code.
  const injected =
    "iframe, object, embed, svg, math, [onerror], [onload], [onmouseover], [style*='javascript'], a[href^='javascript'], a[href^='data'], a[href^='vbscript']";
  // The apps' own pages carry scripts; none of them may be a vector's. Page data is not code:
  // `__NEXT_DATA__` (type application/json) and `self.__next_f.push(…)` hold the lesson's
  // text as escaped strings.
  const vectorScripts = (root: Page | Frame) =>
    root.evaluate(() =>
      Array.from(document.scripts)
        .filter((script) => ["", "text/javascript", "module"].includes(script.type))
        .filter(
          (script) =>
            (script.text.includes("alert(") && !/^\(?self\.__next_f\.push\(/.test(script.text)) ||
            script.src.includes("evil.example"),
        )
        .map((script) => script.outerHTML.slice(0, 160)),
    );
  const frame = preview(page);
  await expect(frame.getByText("Vectors follow.")).toBeVisible();
  // The lesson has a figure of its own: the upload's is the one with these texts, as typed.
  await expect(frame.locator("figcaption").filter({ hasText: caption.slice(0, 20) })).toHaveText(
    caption,
  );
  const withAlt = (images: Element[], text: string) =>
    images.filter((image) => image.getAttribute("alt") === text).length;
  expect(await frame.locator("figure img").evaluateAll(withAlt, alt)).toBe(1);
  expect(await frame.locator(`article :is(${injected})`).count()).toBe(0);
  // (The editor's one frame is the preview's own.)
  expect(
    await page.locator(`main :is(${injected}):not(iframe.lesson-preview__frame)`).count(),
  ).toBe(0);
  const previewFrame = page.frames().find((candidate) => candidate !== page.mainFrame());
  if (!previewFrame) throw new Error("no preview frame");
  expect(await vectorScripts(previewFrame)).toEqual([]);
  expect(await vectorScripts(page)).toEqual([]);

  // The learner site: the same text, published as it is (see publishDraftAsIs).
  await publishDraftAsIs(training);
  const learner = await page.context().newPage();
  learner.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await expect(async () => {
    await learner.goto(`${urls.web}/courses/${COURSE}/training-the-soleus`);
    await expect(learner.getByText("Vectors follow.")).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await expect(learner.locator("figcaption").filter({ hasText: caption.slice(0, 20) })).toHaveText(
    caption,
  );
  expect(await learner.locator("figure img").evaluateAll(withAlt, alt)).toBe(1);
  expect(await learner.locator(`article#lesson :is(${injected})`).count()).toBe(0);
  expect(await learner.locator("article#lesson script").count()).toBe(0);
  expect(await vectorScripts(learner)).toEqual([]);
  await learner.mouse.move(200, 300);
  await learner.waitForTimeout(300); // a late onerror/onload would have fired by now
  expect(dialogs).toEqual([]);
  await page.context().close();
});

test("leaving with unsaved changes warns: closing the tab and a link in the app", async ({
  browser,
}) => {
  const page = await coachPage(browser, jo);
  await page.goto(lessonPath(training));
  await expect(body(page)).toBeVisible();
  // Everything the page loads after it appears (the preview's lazy exercise tools) comes first:
  // going offline before that once ended on the error page (suspect: a lazy chunk failing to
  // load offline reaches the page's error boundary; not yet confirmed or fixed).
  await page.waitForLoadState("networkidle");
  // Offline, the change stays unsaved for as long as the test needs (no race with autosave).
  await page.context().setOffline(true);
  await typeAtEnd(page, "Not saved yet.");
  await expect(status(page)).toHaveText(/Offline/, { timeout: 10_000 });

  const seen: string[] = [];
  page.on("dialog", (dialog) => {
    seen.push(dialog.type());
    void dialog.dismiss(); // stay on the page
  });
  await page
    .getByRole("navigation", { name: "Breadcrumb" })
    .getByRole("link", { name: "Courses" })
    .click();
  await expect.poll(() => seen).toEqual(["confirm"]);
  await expect(page).toHaveURL(new RegExp(`/lessons/${training.lessonId}$`));

  await page.close({ runBeforeUnload: true });
  await expect.poll(() => seen).toEqual(["confirm", "beforeunload"]);
  expect(page.isClosed()).toBe(false);
  await page.context().close();
});
