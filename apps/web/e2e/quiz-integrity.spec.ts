import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { captureResponses, leaksIn, shownOptionIds } from "./answer-leak";
import {
  answerCorrectly,
  answerWithMouse,
  COURSE,
  openFinalQuiz,
  shownChoices,
  signIn,
  signUp,
} from "./quiz-helpers";

const courseDir = path.join(
  import.meta.dirname,
  "../../../packages/content/courses/the-second-heart",
);
const quizYaml = readFileSync(path.join(courseDir, "quizzes/final.yaml"), "utf8");
// The course page (summary, objectives) is public too: "the Achilles tendon" is named there.
const courseYaml = readFileSync(path.join(courseDir, "course.yaml"), "utf8");

/** The value of a one-line YAML field, unquoted. */
const unquote = (value: string) =>
  value
    .trim()
    .replace(/^"(.*)"$/, "$1")
    .replace(/^'(.*)'$/, "$1");

function fieldValues(names: string[]): string[] {
  const pattern = new RegExp(`^\\s*-?\\s*(?:${names.join("|")}):\\s*(.+)$`);
  return quizYaml.split("\n").flatMap((line) => {
    const match = pattern.exec(line);
    return match?.[1] ? [unquote(match[1])] : [];
  });
}

/** Accepted short-text and blank answers (inline or multi-line lists). */
function acceptedAnswers(): string[] {
  return [...quizYaml.matchAll(/accepted:\s*\[([^\]]*)\]/g)].flatMap((match) =>
    [...(match[1] ?? "").matchAll(/"([^"]+)"/g)].map((answer) => answer[1] ?? ""),
  );
}

// What a learner may see before submitting: prompts, option/item/prompt/answer texts, blank texts.
const publicText = [...fieldValues(["prompt", "text"]), courseYaml].join("\n").toLowerCase();

/** Answer-key material of the final quiz that never appears in its public text. */
const forbidden = [
  ...fieldValues(["explanation", "feedback", "feedbackTrue", "feedbackFalse", "misconception"]),
  ...acceptedAnswers(),
]
  // `feedback: after_submit` is a quiz setting, shown to learners, not feedback text.
  .filter(
    (secret) =>
      secret !== "after_submit" && secret.length >= 8 && !publicText.includes(secret.toLowerCase()),
  )
  .filter((secret, index, all) => all.indexOf(secret) === index);

test("no answer key, feedback or explanation reaches the browser before the attempt is submitted", async ({
  page,
}) => {
  test.setTimeout(180_000);
  expect(forbidden.length).toBeGreaterThan(100);
  expect(forbidden).toEqual(
    expect.arrayContaining(["Achilles heel tendon", "Thinks the soleus beats on its own"]),
  );
  await signUp(page, "Integrity Learner");
  const capture = await captureResponses(page);
  await openFinalQuiz(page);
  const kinds = new Set<string>();
  for (let question = 1; question <= 27; question += 1) {
    kinds.add(await answerWithMouse(page));
    if (question < 27) await page.getByRole("button", { name: "Next question" }).click();
  }
  expect([...kinds].sort()).toEqual([
    "fill_blanks",
    "matching",
    "multiple_response",
    "numeric",
    "ordering",
    "short_text",
    "single_choice",
    "true_false",
  ]);
  await page.reload();
  await expect(page.getByText("27 of 27 answered")).toBeVisible();
  await page.getByRole("button", { name: "Finish and submit" }).click();
  await expect(page.getByRole("dialog", { name: "Submit your answers?" })).toBeVisible();
  const responses = await capture.stop();

  expect(
    responses.filter(
      (response) => response.url.includes("/_next/static/") && response.url.endsWith(".js"),
    ).length,
  ).toBeGreaterThan(3);
  expect(
    responses.filter((response) => response.url.includes("/api/trpc/attempts.saveResponse")).length,
  ).toBeGreaterThanOrEqual(27);
  const leaks = leaksIn(responses, forbidden);
  expect(leaks).toEqual([]);
  // Options, items and matches reach the browser under this attempt's opaque ids only, never the
  // authored ones (every key of the course used to be "a").
  const shownIds = shownOptionIds(responses);
  expect(shownIds.length).toBeGreaterThan(50);
  expect(shownIds.filter((id) => !/^[0-9a-z]{8}$/.test(id))).toEqual([]);

  // After submitting, the same learner does see feedback and explanations.
  await page.getByRole("button", { name: "Submit my answers" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Your result/ })).toBeVisible();
  await expect(page.getByText(/^Why:/).first()).toBeVisible();
  // The final quiz shows the right answers only once passed: this failed attempt gets none.
  await expect(page.getByText("The right answers show here once you pass this quiz")).toBeVisible();
  await expect(page.getByText(/^Where it went wrong:|^The right answer:/)).toHaveCount(0);
});

test("answers are saved as you go: a reload and a second device resume the same attempt", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const email = await signUp(page, "Resume Learner");
  const attemptUrl = await openFinalQuiz(page);
  await answerWithMouse(page);
  await page.getByRole("button", { name: "Next question" }).click();
  await answerWithMouse(page);
  await page.getByRole("button", { name: "Next question" }).click();
  const thirdKind = await answerWithMouse(page);
  await expect(page.getByText("3 of 27 answered")).toBeVisible();
  await expect(page).toHaveURL(/\?q=3$/);

  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: /^Question 3 of 27/ })).toBeVisible();
  await expect(page.getByText("3 of 27 answered")).toBeVisible();
  await expect(page.getByRole("button", { name: "Question 1, answered" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Question 4, not answered" })).toBeVisible();

  const otherDevice = await browser.newContext();
  const second = await otherDevice.newPage();
  await signIn(second, email);
  expect(await openFinalQuiz(second)).toBe(attemptUrl);
  // "Continue attempt" on another device opens the question the learner was last on.
  await expect(second.getByRole("heading", { level: 2, name: /^Question 3 of 27/ })).toBeVisible();
  await expect(second.getByText("3 of 27 answered")).toBeVisible();
  await second.getByRole("button", { name: "Question 3, answered" }).click();
  if (thirdKind === "short_text")
    await expect(second.getByLabel("Your answer", { exact: true })).toHaveValue("heel cord");
  if (thirdKind === "numeric")
    await expect(second.getByLabel("Your answer (a number)")).toHaveValue("90");
  await otherDevice.close();
});

test("submitting twice (double click, then two tabs) scores the attempt once", async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await signUp(page, "Double Learner");
  const attemptUrl = await openFinalQuiz(page);
  await answerWithMouse(page);
  await page.getByRole("button", { name: "Finish and submit" }).click();
  const dialog = page.getByRole("dialog", { name: "Submit your answers?" });
  await expect(dialog).toContainText("You answered 1 of 27 questions.");
  await expect(dialog).toContainText("Not answered yet: questions 2, 3, 4");
  await dialog.getByRole("button", { name: "Submit my answers" }).dblclick();
  await expect(page).toHaveURL(`${attemptUrl}/result`);
  const firstScore = await page.getByRole("heading", { level: 2, name: /% — / }).textContent();

  // Two tabs on a second attempt, both submitting at the same time.
  await page.getByRole("button", { name: "Take the quiz again" }).click();
  await expect(page).toHaveURL(/\/attempts\/[0-9a-f-]{36}$/);
  const secondAttempt = page.url();
  expect(secondAttempt).not.toBe(attemptUrl);
  const tab = await context.newPage();
  await tab.goto(secondAttempt);
  for (const p of [page, tab]) await p.getByRole("button", { name: "Finish and submit" }).click();
  await Promise.all(
    [page, tab].map((p) =>
      p.getByRole("dialog").getByRole("button", { name: "Submit my answers" }).click(),
    ),
  );
  for (const p of [page, tab]) await expect(p).toHaveURL(`${secondAttempt}/result`);
  const scores = await Promise.all(
    [page, tab].map((p) => p.getByRole("heading", { level: 2, name: /% — / }).textContent()),
  );
  expect(scores[0]).toBe(scores[1]);
  expect(scores[0]).toBe("0% — Not passed yet");
  expect(firstScore).toMatch(/^\d+% — Not passed yet$/);

  // Exactly two attempts exist, both submitted once.
  await page.goto("/courses/the-second-heart/quiz/the-second-heart-final");
  const rows = page.locator("#attempt-history-title + .table-scroll tbody tr");
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: "In progress" })).toHaveCount(0);
});

test("someone else's attempt and result are not found, and signed-out visitors are asked to sign in", async ({
  page,
  browser,
}) => {
  await signUp(page, "Owner Learner");
  const attemptUrl = await openFinalQuiz(page);
  const stranger = await browser.newContext();
  const other = await stranger.newPage();
  await other.goto("/courses/the-second-heart/quiz/the-second-heart-final");
  await expect(
    other.getByRole("heading", { name: "Please sign in to take this quiz" }),
  ).toBeVisible();
  await expect(other.getByRole("link", { name: "Sign in" }).last()).toHaveAttribute(
    "href",
    /next=%2Fcourses%2Fthe-second-heart%2Fquiz%2Fthe-second-heart-final/,
  );
  await signUp(other, "Stranger Learner");
  for (const url of [attemptUrl, `${attemptUrl}/result`]) {
    const response = await other.goto(url);
    expect(response?.status()).toBe(404);
  }
  await stranger.close();
});

test("a learner who reads scores 100% by the texts alone, and a retake shows the options in another order", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signUp(page, "Careful Reader");
  const quiz = "meet-the-soleus-check";
  const orders: string[][] = [];
  for (const start of ["Start the quiz", "Start a new attempt"]) {
    await page.goto(`${COURSE}/quiz/${quiz}`);
    await page.getByRole("button", { name: start }).click();
    const heading = page.getByRole("heading", { level: 2, name: /^Question \d+ of \d+/ });
    await expect(heading).toBeVisible();
    const total = Number(/of (\d+)/.exec((await heading.textContent()) ?? "")?.[1]);
    const seen: string[] = [];
    for (let question = 1; question <= total; question += 1) {
      await expect(
        page.getByRole("heading", {
          level: 2,
          name: new RegExp(`^Question ${question} of ${total}`),
        }),
      ).toBeVisible();
      seen.push(...(await shownChoices(page)));
      await answerCorrectly(page, quiz);
      if (question < total) await page.getByRole("button", { name: "Next question" }).click();
    }
    orders.push(seen);
    await page.getByRole("button", { name: "Finish and submit" }).click();
    await page.getByRole("button", { name: "Submit my answers" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "100% — Passed" })).toBeVisible();
  }
  expect(orders[1]).not.toEqual(orders[0]);
});
