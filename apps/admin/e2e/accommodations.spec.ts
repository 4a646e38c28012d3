import { expect, test } from "@playwright/test";
import { urls } from "../../../e2e.urls";
import { axeViolations } from "../../web/e2e/axe";
import { tabTo } from "../../web/e2e/quiz-helpers";
import { createPeople } from "./db-fixtures";
import { withE2eHandle } from "./regrade-fixtures";
import { signInToAdmin } from "./results-fixtures";

/**
 * The built-in course's first lesson check, republished with a 10-minute limit (the built-in
 * quizzes are untimed; a new quiz would need a lesson to link it to learners).
 */
async function timedQuiz() {
  return withE2eHandle(async ({ pool }) => {
    const slug = "meet-the-soleus-check";
    const made = await pool.query<{ id: string; quiz_id: string; course_id: string }>(
      `insert into quiz_revisions (quiz_id, revision, title, pass_percent, settings, questions, source, content_hash)
       select r.quiz_id, (select max(revision) + 1 from quiz_revisions where quiz_id = r.quiz_id), r.title,
         r.pass_percent, r.settings || '{"timeLimitSeconds": 600}'::jsonb, r.questions, 'editor', r.content_hash || '-timed'
       from quizzes q join quiz_revisions r on r.id = q.published_revision_id
       join courses c on c.id = q.course_id
       where q.slug = $1 and c.slug = 'the-second-heart'
       returning id, quiz_id, (select course_id from quizzes where id = quiz_id) as course_id`,
      [slug],
    );
    const row = made.rows[0];
    if (!row) throw new Error("no built-in lesson check");
    await pool.query("update quizzes set published_revision_id = $1 where id = $2", [
      row.id,
      row.quiz_id,
    ]);
    return { courseId: row.course_id, slug };
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
