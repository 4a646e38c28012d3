import { expect, test } from "@playwright/test";
import { advanceProductClock, resetProductClock } from "../../../e2e.clock";
import { axeViolations } from "./axe";
import { answerWithKeyboard, signUp, tabTo } from "./quiz-helpers";

test.afterEach(() => resetProductClock());

test("missed questions come back for practice, which scores on the server without touching grades", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signUp(page, "Practice Learner");
  await page.goto("/progress");
  await expect(page.getByText("Nothing to practise yet.")).toBeVisible();
  await expect(page.getByText("You have not started a course yet")).toBeVisible();

  // Submit the first lesson's check with nothing answered: all four questions are missed.
  await page.goto("/courses/the-second-heart/quiz/meet-the-soleus-check");
  await page.getByRole("button", { name: "Start the quiz" }).click();
  await page.getByRole("button", { name: "Finish and submit" }).click();
  await expect(page.getByRole("dialog")).toContainText(
    "Not answered yet: questions 1, 2, 3 and 4.",
  );
  await page.getByRole("button", { name: "Submit my answers" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "0% — Not passed yet" })).toBeVisible();

  // FSRS brings a missed question back after its first learning step (about a minute): the
  // product's test clock moves on ten minutes instead of the test waiting.
  await page.goto("/progress");
  await expect(
    page.getByText(/Nothing is due right now\. 4 questions come back for practice from/),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Practise now" })).toHaveCount(0);
  advanceProductClock(10 * 60_000);
  await page.reload();
  await expect(page.getByRole("link", { name: "Practise now" })).toBeVisible();
  await expect(page.getByText("4 questions you missed are ready to practise.")).toBeVisible();

  await tabTo(page, page.getByRole("link", { name: "Practise now" }));
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("heading", { level: 2, name: "Practice question 1 of 4" }),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  for (let question = 1; question <= 4; question += 1) {
    await expect(
      page.getByRole("heading", { level: 2, name: `Practice question ${question} of 4` }),
    ).toBeVisible();
    await answerWithKeyboard(page, { expectSave: false });
    await tabTo(page, page.getByRole("button", { name: "Check my answer" }));
    await page.keyboard.press("Enter");
    await expect(page.getByText(/^Why:/)).toBeVisible();
    // Said in the learner's own days, counted from the product's clock: never a bare date for today.
    await expect(
      page.getByText(/This question comes back (later today|tomorrow|in \d+ days)\./),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: "Read about this again" })).toHaveAttribute(
      "href",
      /^\/courses\/the-second-heart\/meet-the-soleus#/,
    );
    await tabTo(
      page,
      page.getByRole("button", { name: question < 4 ? "Next question" : "Finish practice" }),
    );
    await page.keyboard.press("Enter");
  }
  await expect(page.getByRole("heading", { name: "All done for now" })).toBeVisible();

  // Grades are untouched: still one attempt at 0%, and nothing is due any more.
  await page.goto("/progress");
  await expect(page.locator("#attempt-history-title + .table-scroll tbody tr")).toHaveCount(1);
  await expect(page.locator("#attempt-history-title + .table-scroll tbody tr")).toContainText(
    "0% · not passed yet",
  );
  await expect(page.getByText(/Nothing is due right now/)).toBeVisible();
});
