import { expect, test } from "@playwright/test";
import { linkFromEmail } from "./outbox";
import { answerWithKeyboard, COURSE, PASSWORD, tabTo } from "./quiz-helpers";

test("a new learner's whole journey, by keyboard only: sign up, read, hold timer, final quiz, results, review link, retake, progress", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const email = `journey-${Date.now()}@example.org`;

  // Sign up.
  await page.goto("/sign-up?next=%2Fcourses%2Fthe-second-heart%2Ftraining-the-soleus");
  await tabTo(page, page.getByLabel("Your name"));
  await page.keyboard.type("Journey Learner");
  await tabTo(page, page.getByLabel("Email address"));
  await page.keyboard.type(email);
  await tabTo(page, page.getByLabel("Choose a password"));
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await page.goto(await linkFromEmail(email, "Finish creating your Soleus account"));
  await tabTo(page, page.getByRole("button", { name: "Create my account" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`${COURSE}/training-the-soleus`);
  await expect(page.getByText("Signed in as Journey Learner")).toBeVisible();

  // Read the lesson and run a hold timer.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Training the soleus");
  const timer = page.getByRole("group", { name: "Hold timer: Bent-knee calf hold" });
  await tabTo(page, timer.getByRole("button", { name: "Start" }), 200);
  await page.keyboard.press("Enter");
  // A five-second "get ready" countdown comes first (issue 15), then the hold starts.
  await expect(timer.getByRole("status")).toHaveText("Get ready. The hold starts in 5 seconds.");
  await expect(timer.getByRole("status")).toHaveText("Started. Hold for 30 seconds.", {
    timeout: 15_000,
  });

  // Mark the lesson complete (a plain form).
  await tabTo(page, page.getByRole("button", { name: "Mark this lesson complete" }), 200);
  await page.keyboard.press("Enter");
  await expect(page.getByText(/You completed this lesson on/)).toBeVisible();

  // The course page shows progress and leads to the final quiz.
  await page.goto(COURSE);
  await expect(page.getByText("1 of 7 lessons complete.")).toBeVisible();
  await expect(page.getByText(/Final quiz:.*not taken yet/)).toBeVisible();
  await tabTo(page, page.getByRole("link", { name: "Take the final quiz" }));
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByRole("button", { name: "Start the quiz" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/attempts\/[0-9a-f-]{36}$/);
  const attemptUrl = page.url();

  // Every question, every type, with the keyboard.
  const kinds = new Set<string>();
  for (let question = 1; question <= 27; question += 1) {
    await expect(
      page.getByRole("heading", { level: 2, name: new RegExp(`^Question ${question} of 27`) }),
    ).toBeVisible();
    kinds.add(await answerWithKeyboard(page));
    if (question < 27) {
      await tabTo(page, page.getByRole("button", { name: "Next question" }));
      await page.keyboard.press("Enter");
      await expect(page.locator("#question-heading")).toBeFocused();
    }
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
  await expect(page.getByText("27 of 27 answered")).toBeVisible();

  // Submit through the confirm dialog.
  await tabTo(page, page.getByRole("button", { name: "Finish and submit" }));
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Submit your answers?" });
  await expect(dialog).toContainText("Every question has an answer.");
  await expect(dialog.getByRole("button", { name: "Submit my answers" })).toBeFocused();
  await page.keyboard.press("Enter");

  // Results.
  await expect(page).toHaveURL(`${attemptUrl}/result`);
  await expect(
    page.getByRole("heading", { level: 1, name: "Your result — The Second Heart final quiz" }),
  ).toBeVisible();
  await expect(
    page.getByRole("heading", { level: 2, name: /^\d+% — (Passed|Not passed yet)$/ }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "How you did on each topic" })).toBeVisible();
  await expect(page.getByText(/^Where the soleus is and what it does: /)).toBeVisible();

  // Follow a review link to the lesson section, then come back.
  const review = page.getByRole("link", { name: /^Review “.+” in “.+”/ }).first();
  const href = (await review.getAttribute("href")) ?? "";
  expect(href).toMatch(/^\/courses\/the-second-heart\/[a-z-]+#[a-z0-9-]+$/);
  await tabTo(page, review, 300);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[/#]/g, (c) => `\\${c}`)}$`));
  await expect(page.locator(`[id="${href.split("#")[1]}"]`)).toBeInViewport();
  await page.goBack();
  await expect(page).toHaveURL(`${attemptUrl}/result`);

  // Retake.
  await tabTo(page, page.getByRole("button", { name: "Take the quiz again" }), 300);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/attempts\/[0-9a-f-]{36}$/);
  expect(page.url()).not.toBe(attemptUrl);
  await expect(page.getByText("0 of 27 answered")).toBeVisible();

  // Progress.
  await tabTo(page, page.getByRole("link", { name: "My progress" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "My progress" })).toBeVisible();
  await expect(page.getByText("1 of 7 lessons complete.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Training the soleus" })).toBeVisible();
  await expect(
    page.getByRole("img", { name: /Mastery per topic over one quiz attempt/ }),
  ).toBeVisible();
  await expect(
    page.getByRole("table").filter({ hasText: "Where the soleus is and what it does" }),
  ).toBeVisible();
  const history = page.locator("#attempt-history-title + .table-scroll table");
  await expect(history.getByRole("row")).toHaveCount(3);
  await expect(history).toContainText("In progress");
  await expect(page.getByRole("heading", { name: "Questions to practise" })).toBeVisible();
  await expect(
    page.getByText(/Nothing is due right now\. \d+ questions? comes? back for practice from/),
  ).toBeVisible();
});
