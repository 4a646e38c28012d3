import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "./axe";
import { markLessonComplete, passQuiz } from "./finish-course";
import { answerCorrectly, COURSE, signUp } from "./quiz-helpers";

// A learner far from UTC: in December Auckland is 13 hours ahead, so UTC dates and times read wrong.
const ZONE = "Pacific/Auckland";
test.use({ timezoneId: ZONE });

const CHECK = "meet-the-soleus-check";
const LATER_LESSONS = [
  "your-second-heart",
  "when-the-pump-stalls",
  "aging-circulation-and-muscle",
  "balance-and-fall-risk",
  "training-the-soleus",
  "everyday-habits",
];

/** Takes the first lesson's check (4 questions), passing it or leaving it blank. */
async function takeCheck(page: Page, pass: boolean) {
  await page.goto(`${COURSE}/quiz/${CHECK}`);
  await page.getByRole("button", { name: /^(Start the quiz|Start a new attempt)$/ }).click();
  for (let question = 1; question <= 4; question += 1) {
    await expect(
      page.getByRole("heading", { level: 2, name: new RegExp(`^Question ${question} of 4`) }),
    ).toBeVisible();
    if (pass) await answerCorrectly(page, CHECK);
    if (question < 4) await page.getByRole("button", { name: "Next question" }).click();
  }
  await page.getByRole("button", { name: "Finish and submit" }).click();
  await page.getByRole("button", { name: "Submit my answers" }).click();
  await expect(
    page.getByRole("heading", { level: 2, name: /Passed|Not passed yet/ }),
  ).toBeVisible();
}

/** Console errors and uncaught page errors (React's hydration errors arrive as either). */
function collectErrors(page: Page) {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

test("progress: local dates without a hydration error, a passed check counts its lesson, a day labelled once", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signUp(page, "Progress Learner");
  await takeCheck(page, true);
  await takeCheck(page, false);

  const errors = collectErrors(page);
  await page.goto("/progress");
  await page.waitForLoadState("networkidle");
  expect(errors.filter((text) => /hydrat|#418|#423|#425/i.test(text))).toEqual([]);

  // Passing the check counted lesson 1, here and on the course page.
  await expect(page.getByText("1 of 7 lessons complete.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Meet the soleus", exact: true })).toBeVisible();

  // Every date reads in the learner's zone.
  const times = page.locator("main time[datetime]");
  await expect(times.first()).toBeVisible();
  expect(await times.count()).toBeGreaterThan(1);
  for (const time of await times.all()) {
    const iso = (await time.getAttribute("datetime")) ?? "";
    const style = await time.getAttribute("data-local-time");
    const options: Intl.DateTimeFormatOptions =
      style === "shortDay"
        ? { day: "numeric", month: "short" }
        : style === "dayAndTime"
          ? { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" }
          : { day: "numeric", month: "long", year: "numeric" };
    await expect(time).toHaveText(
      new Intl.DateTimeFormat("en-GB", { ...options, timeZone: ZONE }).format(new Date(iso)),
    );
  }
  await expect(page.locator("main")).not.toContainText("(UTC)");

  // Two attempts on one day: the chart's time axis names that day once.
  const axisLabels = await page.locator(".mastery-chart__axis-label").allTextContents();
  expect(axisLabels.length).toBeGreaterThan(0);
  expect(new Set(axisLabels).size).toBe(axisLabels.length);
  await expect(page.getByRole("table", { name: /Mastery per topic/ })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.goto(COURSE);
  await expect(page.getByText("1 of 7 lessons complete.")).toBeVisible();
  expect(errors.filter((text) => /hydrat|#418/i.test(text))).toEqual([]);
});

test("a finished course: the course-complete moment and a printable certificate", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signUp(page, "Certificate Learner");
  // Lesson 1 by passing its check, the rest by "Mark this lesson complete"; then the final quiz.
  expect((await passQuiz(page, "the-second-heart", CHECK)).result?.passed).toBe(true);
  for (const lesson of LATER_LESSONS) await markLessonComplete(page, "the-second-heart", lesson);
  await page.goto("/progress");
  await expect(page.getByText("7 of 7 lessons complete.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Course complete" })).toHaveCount(0);
  await page.goto("/progress/certificate/the-second-heart");
  await expect(
    page.getByText(
      /ready once you have finished every lesson \(7 of 7 so far\) and passed the final quiz/,
    ),
  ).toBeVisible();

  expect((await passQuiz(page, "the-second-heart", "the-second-heart-final")).result?.passed).toBe(
    true,
  );
  await page.goto(COURSE);
  await expect(page.getByRole("heading", { name: "Course complete" })).toBeVisible();
  await page.goto("/progress");
  const moment = page.locator(".course-complete");
  await expect(moment.getByRole("heading", { name: "Course complete" })).toBeVisible();
  await moment.getByRole("link", { name: "Your certificate of completion" }).click();

  await expect(
    page.getByRole("heading", { level: 1, name: "Certificate of completion" }),
  ).toBeVisible();
  const certificate = page.locator("article.certificate");
  await expect(certificate).toContainText("Certificate Learner");
  await expect(certificate).toContainText("The Second Heart");
  const day = certificate.locator("time");
  await expect(day).toHaveText(
    new Intl.DateTimeFormat("en-GB", {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: ZONE,
    }).format(new Date((await day.getAttribute("datetime")) ?? "")),
  );
  await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // On paper: the certificate alone, without the site's header, footer or buttons.
  await page.emulateMedia({ media: "print" });
  await expect(certificate).toBeVisible();
  await expect(page.locator("header.site-header")).toBeHidden();
  await expect(page.locator("footer.site-footer")).toBeHidden();
  await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeHidden();
});
