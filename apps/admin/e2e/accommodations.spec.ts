import { expect, test } from "@playwright/test";
import { quizRevisions, quizzes } from "@soleus/db/schema";
import { urls } from "../../../e2e.urls";
import { axeViolations } from "../../web/e2e/axe";
import { tabTo } from "../../web/e2e/quiz-helpers";
import { createPeople } from "./db-fixtures";
import { publishRevision, withE2eHandle } from "./regrade-fixtures";
import { signInToAdmin } from "./results-fixtures";

/** A published 10-minute quiz in the built-in course (the built-in quizzes are untimed). */
async function timedQuiz() {
  return withE2eHandle(async (handle) => {
    const db = handle.db;
    const course = await db.query.courses.findFirst({
      where: (table, { eq }) => eq(table.slug, "the-second-heart"),
    });
    if (!course) throw new Error("no built-in course");
    const slug = `timed-${crypto.randomUUID().slice(0, 8)}`;
    const [quiz] = await db
      .insert(quizzes)
      .values({ courseId: course.id, slug, kind: "lesson_check" })
      .returning();
    if (!quiz) throw new Error("quiz not created");
    const [revision] = await db
      .insert(quizRevisions)
      .values({
        quizId: quiz.id,
        revision: 1,
        title: "Timed check",
        passPercent: 50,
        settings: {
          attemptsAllowed: null,
          grading: "highest",
          shuffleQuestions: false,
          shuffleOptions: false,
          pools: [],
          timeLimitSeconds: 600,
          feedback: "after_submit",
          penaltyPerTry: 0,
          showCorrectAnswers: "after_each_attempt",
        } as never,
        questions: [
          {
            id: "where",
            type: "true_false",
            prompt: "The soleus is in the calf.",
            answer: true,
            points: 1,
            objectives: ["anatomy"],
            section: { lesson: "meet-the-soleus", anchor: "where-it-sits" },
            explanation: "It is.",
            tags: [],
          },
        ] as never,
        source: "editor",
        contentHash: `timed-${slug}`,
      })
      .returning();
    if (!revision) throw new Error("revision not created");
    await publishRevision(handle, quiz.id, revision.id);
    return { courseId: course.id, slug };
  });
}

test("a coach gives a learner 1.5× time with the keyboard; the learner's start page and timer show 15 minutes", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const quiz = await timedQuiz();
  const [coach, learner] = await createPeople([
    { role: "coach", name: "Time Coach", assignBuiltInCourse: true },
    { role: "learner", name: "Time Learner" },
  ]);
  if (!coach || !learner) throw new Error("people not created");
  await signInToAdmin(page, { email: coach.email, password: coach.password, name: "Time Coach" });
  await page.goto(`/courses/${quiz.courseId}`);
  await expect(page.getByRole("heading", { name: "Extra time for learners" })).toBeVisible({
    timeout: 30_000,
  });

  const email = page.getByLabel("Learner's email address");
  await tabTo(page, email, 200);
  await page.keyboard.type(learner.email);
  const multiplier = page.getByLabel("Time multiplier");
  await tabTo(page, multiplier);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("5");
  await expect(
    page.getByText("Extra time can be at most 4× the quiz's limit.").first(),
  ).toBeVisible();
  await expect(multiplier).toHaveAttribute("aria-invalid", "true");
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("1.5");
  await tabTo(page, page.getByRole("button", { name: "Set extra time" }));
  await page.keyboard.press("Enter");
  await expect(
    page.getByText(`Give ${learner.email} 1.5× the time limit on every timed quiz in this course?`),
  ).toBeVisible();
  await tabTo(page, page.getByRole("button", { name: "Yes, set the extra time" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText("Time Learner now has 1.5× the time limit.")).toBeVisible();
  await expect(page.getByRole("list", { name: "Learners with extra time" })).toContainText(
    "Time Learner",
  );
  expect(await axeViolations(page)).toEqual([]);

  await page.context().clearCookies();
  await page.goto(`${urls.web}/sign-in`);
  await page.getByLabel("Email address").first().fill(learner.email);
  await page.getByLabel("Password", { exact: true }).fill(learner.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Signed in as")).toBeAttached();
  await page.goto(`${urls.web}/courses/the-second-heart/quiz/${quiz.slug}`);
  await expect(page.locator(".quiz-facts")).toContainText(
    "15 minutes — this includes your extra time (1.5× the usual limit)",
  );
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Start the quiz" }).click();
  await expect(page.getByRole("timer")).toHaveAttribute("aria-label", /Time left: 1[45] minutes/);
  await expect(page.getByRole("timer")).toHaveText(/^1[45]:\d\d$/);
});
