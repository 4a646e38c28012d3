import { expect, test } from "@playwright/test";
import { urls } from "../../../e2e.urls";
import { axeViolations } from "../../web/e2e/axe";
import { tabTo } from "../../web/e2e/quiz-helpers";
import {
  expectedScore,
  quizWithAttemptsAndCorrection,
  scoreText,
  type Answers,
} from "./regrade-fixtures";
import { createStaff, signInToAdmin } from "./results-fixtures";
import { createPeople } from "./db-fixtures";

const ANSWERS: Answers[] = [
  { keyMoves: "a", stays: "x" }, // 100% → 33%
  { keyMoves: "b", stays: "y" }, // 0% → 67%: passes now
  { keyMoves: "b", stays: "x" }, // 50% → 100%
];

test("a coach dry-runs a key correction, checks it, applies it with the keyboard; the learner sees the corrected result", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const fixture = await quizWithAttemptsAndCorrection(ANSWERS);
  const [coach] = await createPeople([
    { role: "coach", name: "Regrade Coach", assignBuiltInCourse: true },
  ]);
  if (!coach) throw new Error("no coach");
  await signInToAdmin(page, {
    email: coach.email,
    password: coach.password,
    name: "Regrade Coach",
  });
  await page.goto(`/courses/${fixture.courseId}/quizzes/${fixture.quizId}/regrade`);
  await expect(page.getByRole("heading", { name: "Regrade: Regrade check" })).toBeVisible();
  await expect(
    page.getByText("3 submitted attempts were scored on an earlier revision"),
  ).toBeVisible();

  const dryRun = page.getByRole("button", { name: "Run the dry run" });
  await tabTo(page, dryRun);
  await page.keyboard.press("Enter");
  // The dry run is a batched job: its progress bar fills, then the tables show.
  await expect(page.locator("#dry-run-progress-text")).toHaveText(
    "Dry run finished: 3 of 3 attempts scored. Nothing has changed yet.",
    { timeout: 30_000 },
  );
  await expect(page.getByRole("progressbar", { name: "Dry run progress" })).toHaveAttribute(
    "value",
    "3",
  );
  const table = page.locator("#regrade-attempts");
  await expect(table).toBeVisible();
  await expect(table.locator("tbody tr")).toHaveCount(ANSWERS.length);
  for (const learner of fixture.learners) {
    const row = table.locator(`tr[data-attempt-id="${learner.attemptId}"]`);
    await expect(row.locator('[data-cell="before"]')).toHaveText(
      scoreText(expectedScore(learner.answers, 1)),
    );
    await expect(row.locator('[data-cell="after"]')).toHaveText(
      scoreText(expectedScore(learner.answers, 2)),
    );
  }
  await expect(page.locator("#regrade-per-question tbody tr")).toHaveText([
    /key-moves\s*3\s*2\s*1/,
  ]);
  expect(await axeViolations(page)).toEqual([]);

  // Regrade all, confirmed, with the keyboard only.
  const all = page.getByRole("radio", { name: /Regrade all/ });
  await tabTo(page, all);
  await page.keyboard.press("Space");
  await expect(all).toBeChecked();
  await tabTo(page, page.getByRole("button", { name: "Apply the regrade" }));
  await page.keyboard.press("Enter");
  const confirm = page.getByRole("button", { name: "Yes, regrade all" });
  await expect(
    page.getByText(/Regrade 3 attempts of "Regrade check" onto revision 2\?/),
  ).toBeVisible();
  await tabTo(page, confirm);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Regrade finished" })).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.locator("#regrade-progress-text")).toContainText(
    "3 of 3 attempts done. 3 scores changed",
  );
  await expect(page.getByRole("progressbar", { name: "Regrade progress" })).toHaveAttribute(
    "value",
    "3",
  );
  expect(await axeViolations(page)).toEqual([]);

  // The learner whose attempt now passes sees the new score and the note.
  const learner = fixture.learners[1];
  if (!learner) throw new Error("no second learner");
  await page.context().clearCookies();
  await page.goto(`${urls.web}/sign-in`);
  await page.getByLabel("Email address").first().fill(learner.email);
  await page.getByLabel("Password", { exact: true }).fill(learner.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Signed in as")).toBeAttached();
  await page.goto(`${urls.web}/attempts/${learner.attemptId}/result`);
  await expect(page.getByRole("heading", { name: /67% — Passed/ })).toBeVisible();
  await expect(page.getByText("This quiz was corrected after you took it.")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test("a coach of another course is refused the regrade page", async ({ page }) => {
  const fixture = await quizWithAttemptsAndCorrection([{ keyMoves: "a", stays: "x" }]);
  const stranger = await createStaff("coach", "Stranger Coach");
  await signInToAdmin(page, stranger);
  await page.goto(`/courses/${fixture.courseId}/quizzes/${fixture.quizId}/regrade`);
  await expect(page.getByRole("heading", { name: "Regrade not available" })).toBeVisible();
  await expect(
    page.getByText(/You can only work on courses you own or are assigned to/),
  ).toBeVisible();
  await expect(page.locator("#regrade-attempts")).toHaveCount(0);
});
