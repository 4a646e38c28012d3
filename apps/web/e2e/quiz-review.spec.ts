import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "./axe";
import { COURSE, signUp } from "./quiz-helpers";

const CHECK = `${COURSE}/quiz/meet-the-soleus-check`;

/** Moves to another question and waits until the server has stored where the learner is. */
async function moveAndRemember(page: Page, move: () => Promise<void>) {
  const stored = page.waitForResponse((r) => r.url().includes("attempts.visit") && r.ok());
  await move();
  await stored;
}

test("a lesson check: facts before starting, resume where you stopped, forgiving spelling, right answers marked in place", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signUp(page, "Review Learner");
  await page.goto(CHECK);
  await expect(page).toHaveTitle(/^Meet the soleus check · /);
  const facts = page.locator(".quiz-facts");
  for (const fact of ["Questions", "4", "Pass mark", "70%", "None — take your time"])
    await expect(facts).toContainText(fact);
  await expect(facts).toContainText("As many attempts as you like");
  await page.getByRole("button", { name: "Start the quiz" }).click();
  await expect(page).toHaveURL(/\/attempts\/[0-9a-f-]{36}$/);
  const attemptUrl = page.url();
  await expect(page).toHaveTitle(/^Meet the soleus check · /);

  await page.getByLabel("On the surface, forming the round bulge at the back of the calf").check();
  await moveAndRemember(page, () => page.getByRole("button", { name: "Next question" }).click());
  await page.getByLabel("Just the ankle").check();
  await moveAndRemember(page, () =>
    page.getByRole("button", { name: "Question 4, not answered" }).click(),
  );
  await page.getByLabel("Your answer", { exact: true }).fill("achiles tendon");

  // "Continue attempt" from the quiz page opens question 4, where the learner stopped.
  await page.goto(CHECK);
  await page.getByRole("button", { name: "Continue attempt 1" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Question 4 of 4/ })).toBeVisible();
  await expect(page.getByLabel("Your answer", { exact: true })).toHaveValue("achiles tendon");
  // The plain attempt address does too, after the learner moves back to question 2.
  await moveAndRemember(page, () =>
    page.getByRole("button", { name: "Question 2, answered" }).click(),
  );
  await page.goto(attemptUrl);
  await expect(page.getByRole("heading", { level: 2, name: /^Question 2 of 4/ })).toBeVisible();

  await page.getByRole("button", { name: "Finish and submit" }).click();
  await page.getByRole("button", { name: "Submit my answers" }).click();
  await expect(page).toHaveTitle(/^Your result — Meet the soleus check · /);
  await expect(
    page.getByRole("heading", { level: 1, name: "Your result — Meet the soleus check" }),
  ).toBeVisible();

  const results = page.locator(".question-result");
  // A small slip is accepted, and the learner is told the spelling.
  await expect(results.nth(3)).toContainText("Correct");
  await expect(results.nth(3)).toContainText("Accepted — the spelling is Achilles.");
  // The wrong choice is marked where it stands, beside the right one.
  await expect(results.nth(0)).toContainText("Where it went wrong:");
  await expect(results.nth(0)).toContainText(
    "✗ Wrong: You chose: On the surface, forming the round bulge at the back of the calf",
  );
  await expect(results.nth(0)).toContainText(
    "✓ Right: The right answer: Deep in the calf, under the gastrocnemius",
  );
  await expect(results.nth(2)).toContainText("(no answer) — right: False");

  // Review links use the sections' real headings.
  const review = page.getByRole("region", { name: "What to read again" });
  await expect(
    review.getByRole("link", { name: "Meet the soleus: Where it sits" }),
  ).toHaveAttribute("href", "/courses/the-second-heart/meet-the-soleus#where-it-sits");
  await expect(
    review.getByRole("link", { name: "Meet the soleus: Pointing the toes down" }),
  ).toBeVisible();
  await expect(
    results.nth(0).getByRole("link", { name: /^Review “Where it sits” in “Meet the soleus”/ }),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test("numbers with units at phone size: the unit shown once, typed with the number", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await signUp(page, "Units Learner");
  await page.goto(`${COURSE}/quiz/training-the-soleus-check`);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Start the quiz" }).click();
  await page.getByRole("button", { name: "Question 2, not answered" }).click();
  const box = page.getByLabel("Your answer (a number)");
  const unit = page.getByLabel("Unit");
  await expect(unit.locator("option")).toHaveText(["No unit", "seconds"]);
  await box.fill("30 hours");
  await expect(
    page.getByText("“hours” is not a unit this question takes: use seconds."),
  ).toBeVisible();
  const saved = page.waitForResponse((r) => r.url().includes("attempts.saveResponse") && r.ok());
  await box.fill("30 secs");
  await expect(unit).toHaveValue("seconds");
  await saved;
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "Finish and submit" }).click();
  await page.getByRole("button", { name: "Submit my answers" }).click();
  const numeric = page.locator(".question-result").nth(1);
  await expect(numeric).toContainText("Correct");
  await expect(numeric).toContainText("Your answer: 30 seconds");
});
