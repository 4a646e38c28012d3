import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { urls } from "../../../e2e.urls";
import { axeViolations } from "../../web/e2e/axe";
import { assignCoach, createAccount, signIn } from "./fixtures";
import { openWithLazyChunksOffline } from "./offline";

const COURSE = "the-second-heart";
type Account = Awaited<ReturnType<typeof createAccount>>;
let cora: Account;
let jo: Account;
let olly: Account;
let quizPath = "";

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  cora = await createAccount("coach", "Cora Quizwriter");
  jo = await createAccount("coach", "Jo Quizwriter");
  olly = await createAccount("coach", "Olly Outsider");
  await assignCoach(COURSE, cora.id);
  await assignCoach(COURSE, jo.id);
});

const status = (page: Page) => page.locator(".save-status");
const card = (page: Page, n: number) =>
  page.getByRole("region", { name: new RegExp(`^Question ${String(n)}:`) });

async function addQuestion(page: Page, type: string) {
  await page.getByLabel("New question type").selectOption({ label: type });
  await page.getByRole("button", { name: "Add the question" }).click();
}

/** The fields every question needs: prompt, explanation, an objective and a real lesson heading. */
async function fillBasics(question: Locator, prompt: string) {
  await question.getByLabel(/prompt$/).fill(prompt);
  await question
    .getByLabel("Explanation (shown after submitting)")
    .fill("The calf muscle pumps blood back up to the heart.");
  await question
    .getByRole("group", { name: "Objectives this question checks" })
    .getByRole("checkbox")
    .first()
    .check();
  await question.getByLabel("Lesson that teaches this").selectOption({ index: 1 });
  await question
    .getByLabel("Section to read again (a heading of that lesson)")
    .selectOption({ index: 1 });
}

async function coachPage(browser: Browser, who: Account) {
  const context = await browser.newContext({ baseURL: urls.admin });
  const page = await context.newPage();
  await signIn(page, who);
  return page;
}

test("a coach builds a quiz, fixes a key-position problem, previews it as a learner, and XSS stays inert", async ({
  page,
}) => {
  // Every type's form, the preview's three pages and a cold publish check: long under load.
  test.setTimeout(120_000);
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await signIn(page, cora);
  await page.goto("/courses");
  await page.getByRole("link", { name: "The Second Heart" }).click();
  await page.getByLabel("New quiz title").fill("Calf pump check");
  await page.getByRole("button", { name: "Add the quiz" }).click();
  await expect(page.getByRole("heading", { name: "Edit quiz: Calf pump check" })).toBeVisible();
  quizPath = new URL(page.url()).pathname;

  // Every question type has its form.
  for (const type of [
    "Single choice",
    "Multiple response",
    "True or false",
    "Ordering",
    "Matching",
    "Numeric",
    "Short text",
    "Fill in the blanks",
  ])
    await addQuestion(page, type);
  await expect(page.getByRole("region", { name: /^Question \d:/ })).toHaveCount(8);
  await expect(card(page, 4).getByLabel("Item 1")).toBeVisible();
  await expect(card(page, 5).getByLabel("Prompt 1 matches")).toBeVisible();
  await expect(card(page, 6).getByLabel("How far off still counts as right")).toBeVisible();
  await expect(card(page, 7).getByLabel("Accepted answers")).toBeVisible();
  await expect(card(page, 8).getByLabel("Text with blanks")).toBeVisible();
  // The engine's own validation, in plain words beside the field.
  await expect(card(page, 1).locator("#q-q1-prompt-problems")).toContainText("Fix:");
  expect(await axeViolations(page)).toEqual([]);

  // Keep the first three: delete the rest (each after a confirm; the last one undone and deleted again).
  for (let n = 8; n >= 4; n -= 1) {
    await card(page, n)
      .getByRole("button", { name: new RegExp(`^Delete\\W+question ${String(n)}$`) })
      .click();
    await card(page, n)
      .getByRole("button", { name: `Yes, delete question ${String(n)}` })
      .click();
  }
  await page.getByRole("button", { name: "Undo the delete" }).click();
  await expect(page.getByRole("region", { name: /^Question \d:/ })).toHaveCount(4);
  await card(page, 4)
    .getByRole("button", { name: /^Delete\W+question 4$/ })
    .click();
  await card(page, 4).getByRole("button", { name: "Yes, delete question 4" }).click();
  await expect(page.getByRole("region", { name: /^Question \d:/ })).toHaveCount(3);

  const xss = "<img src=x onerror=alert(1)> [x](javascript:alert(1))";
  const single = card(page, 1);
  await fillBasics(single, "Which muscle is called the second heart?");
  await single.getByLabel("Option 1 text").fill("The soleus");
  await single.getByLabel("Option 2 text").fill("The biceps");
  await single.getByLabel("Option 3 text").fill("The deltoid");
  await single
    .getByLabel("Feedback when option 2 is picked (optional)")
    .fill(`The biceps bends the arm. ${xss}`);
  await single.getByLabel("Misconception behind option 2 (optional)").fill("any-muscle-pumps");

  const multiple = card(page, 2);
  await fillBasics(multiple, "Which of these help blood flow back from the legs?");
  await multiple.getByLabel("Option 1 text").fill("Walking");
  await multiple.getByLabel("Option 2 text").fill("Calf raises");
  await multiple.getByLabel("Option 3 text").fill("Sitting still for hours");

  await single
    .getByLabel("Feedback when option 3 is picked (optional)")
    .fill("The deltoid lifts the arm.");
  await single.getByLabel("Misconception behind option 3 (optional)").fill("any-muscle-pumps");
  await multiple
    .getByLabel("Feedback when option 3 is picked (optional)")
    .fill("Sitting still lets blood pool in the legs.");
  await multiple
    .getByLabel("Misconception behind option 3 (optional)")
    .fill("rest-helps-circulation");

  const truth = card(page, 3);
  await fillBasics(truth, "The soleus works when you stand on tiptoe.");
  await truth
    .getByLabel("Feedback when the learner answers False (optional)")
    .fill("It does: rising on tiptoe is the soleus at work.");
  await truth
    .getByLabel("Misconception behind the wrong answer (optional)")
    .fill("soleus-only-for-walking");

  // Options in written order: all the right options come first in question 2, and the check says so next to them.
  await page.getByLabel("Shuffle the options of each question").uncheck();
  const keyPosition = multiple.locator("#q-q2-options-problems");
  await expect(keyPosition).toContainText("All the correct options come before the wrong ones");
  // Fixed with the buttons: the wrong option moves up.
  await multiple.getByRole("button", { name: /^Up\W+option 3$/ }).click();
  await expect(keyPosition).toHaveCount(0);
  await expect(status(page)).toHaveText(/^Saved \d\d:\d\d$/, { timeout: 15_000 });

  // Keyboard: Alt+Down on a question moves it.
  await truth.focus();
  await page.keyboard.press("Alt+ArrowUp");
  await expect(card(page, 2)).toContainText("True or false");
  await card(page, 2).focus();
  await page.keyboard.press("Alt+ArrowDown");
  await expect(card(page, 3)).toContainText("True or false");

  // Preview as a learner, with feedback straight after each answer and a penalty per extra try:
  // the learner site's pages in a frame, scored in this browser, nothing sent to the server.
  await page
    .getByLabel("Feedback", { exact: true })
    .selectOption("Straight after each answer (learners may try again)");
  await page.getByLabel("Penalty per extra try (share of the points, 0 to 1)").fill("0.25");
  await expect(status(page)).toHaveText(/^Saved \d\d:\d\d$/, { timeout: 15_000 });
  // Any write but the editor's presence heartbeat (who has the quiz open) would be the preview's.
  const writes: string[] = [];
  page.on("request", (request) => {
    const procedures = new URL(request.url()).pathname.split("/").pop()?.split(",") ?? [];
    if (request.method() !== "GET" && procedures.some((p) => !p.startsWith("authoring.presence.")))
      writes.push(request.url());
  });
  await page.getByRole("button", { name: "Preview as a learner" }).click();
  const preview = page.frameLocator('iframe[title="Quiz preview, as learners will see it"]');
  await expect(preview.locator(".quiz-facts")).toContainText(
    "each extra try takes off 25% of that question's points",
  );
  await preview.getByRole("button", { name: "Start the quiz" }).click();
  const first = preview.getByRole("group", { name: "Which muscle is called the second heart?" });
  const outcome = preview.locator(".immediate-feedback__outcome");
  await first.getByLabel("The biceps").check();
  await preview.getByRole("button", { name: "Check my answer" }).click();
  await expect(outcome).toContainText("Incorrect. Try 1: 0 of 1 point.");
  await expect(outcome).toContainText("The biceps bends the arm.");
  await first.getByLabel("The soleus").check();
  await preview.getByRole("button", { name: "Check my answer" }).click();
  await expect(outcome).toContainText(
    "Correct. Try 2: 0.75 of 1 point (the earlier tries took off 25%).",
  );
  await expect(first.getByLabel("The biceps")).toBeDisabled();
  await preview.getByRole("button", { name: "Next question" }).click();
  await preview
    .getByRole("group", { name: /Which of these help blood flow/ })
    .getByLabel("Walking")
    .check();
  await preview.getByRole("button", { name: "Finish and submit" }).click();
  await expect(preview.getByRole("dialog")).toContainText("Not answered yet: question 3.");
  await preview.getByRole("button", { name: "Submit my answers" }).click();
  await expect(preview.getByRole("heading", { name: /^Your result — / })).toBeVisible();
  await expect(preview.getByRole("heading", { name: /^\d+% — Not passed yet$/ })).toBeVisible();
  await expect(preview.locator(".question-result").first()).toContainText(
    "Correct (0.75 of 1 point; extra tries took off 25%)",
  );
  await expect(preview.getByRole("link", { name: /^Review “/ }).first()).toBeVisible();
  // The result's way out and the start page's "Your attempts", as a learner has them.
  await preview.getByRole("button", { name: "See my progress" }).click();
  await expect(preview.getByRole("status").filter({ hasText: "progress page" })).toContainText(
    "The preview has none",
  );
  await page.getByRole("button", { name: "Back to the quiz's start page" }).click();
  const attempts = preview.locator("#attempt-history-title + .table-scroll tbody tr");
  await expect(attempts).toHaveCount(1);
  await expect(attempts).toContainText(/\d+% · not passed yet/);
  await preview.getByRole("button", { name: "See result of attempt 1" }).click();
  await expect(preview.getByRole("heading", { name: /^\d+% — Not passed yet$/ })).toBeVisible();
  // The pasted vectors are text, not markup: no image, no javascript: link, no dialog.
  await expect(preview.locator("img")).toHaveCount(0);
  await expect(preview.locator('a[href^="javascript"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
  expect(writes).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);

  // Publish (after a confirm that names what happens).
  await page.getByRole("button", { name: "Close the preview" }).click();
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await page.getByRole("button", { name: "Yes, publish" }).click();
  await expect(page.getByText(/^Published as revision \d+/)).toBeVisible({ timeout: 60_000 });

  // 320 px wide: nothing runs off the side.
  await page.setViewportSize({ width: 320, height: 800 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test("two coaches edit one quiz: the second gets the conflict view and keeps their version", async ({
  browser,
}) => {
  const first = await coachPage(browser, cora);
  const second = await coachPage(browser, jo);
  await first.goto(quizPath);
  await second.goto(quizPath);
  await first.getByLabel("Quiz title").fill("Calf pump check (Cora)");
  await expect(status(first)).toHaveText(/^Saved/, { timeout: 15_000 });
  await second.getByLabel("Quiz title").fill("Calf pump check (Jo)");
  await expect(
    second.getByRole("heading", { name: /saved this quiz while you were editing/ }),
  ).toBeVisible({
    timeout: 15_000,
  });
  await expect(status(second)).toHaveText("Conflict");
  await expect(second.getByRole("table", { name: /^Quiz: yours and theirs/ })).toContainText(
    "Calf pump check (Cora)",
  );
  expect(await axeViolations(second)).toEqual([]);
  await second.getByRole("button", { name: "Keep my version" }).click();
  await expect(status(second)).toHaveText(/^Saved/, { timeout: 15_000 });
  await second.reload();
  await expect(second.getByLabel("Quiz title")).toHaveValue("Calf pump check (Jo)");
});

test("offline before the quiz editor's code arrives: it says so, and loads once back online", async ({
  page,
}) => {
  await signIn(page, cora);
  const back = await openWithLazyChunksOffline(page, quizPath);
  await expect(
    page.getByText("The quiz editor could not load: this part needs a connection"),
  ).toBeVisible({ timeout: 15_000 });
  await back();
  await expect(page.getByLabel("Quiz title")).toBeVisible({ timeout: 15_000 });
});

test("a coach of another course cannot open or change the quiz", async ({ page }) => {
  await signIn(page, olly);
  await page.goto(quizPath);
  await expect(page.getByRole("heading", { name: "Quiz not available" })).toBeVisible();
  await expect(page.getByLabel("Quiz title")).toHaveCount(0);
});
