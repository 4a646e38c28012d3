import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "../../web/e2e/axe";
import { coachEditThenSourceChange, createAccount, signIn } from "./fixtures";

const PHONE = { width: 320, height: 720 };
type Account = Awaited<ReturnType<typeof createAccount>>;
let coach: Account;
let admin: Account;
let helper: Account;

test.describe.configure({ mode: "serial" });
test.beforeAll(async () => {
  coach = await createAccount("coach", "Casey Course");
  helper = await createAccount("coach", `Hana Helper ${String(Date.now())}`);
  admin = await createAccount("admin", "Ada Archive");
});

/** axe at desktop width and at 320 px, then back to desktop. */
async function expectAccessibleAtBothWidths(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
  const desktop = page.viewportSize();
  await page.setViewportSize(PHONE);
  expect(await axeViolations(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  if (desktop) await page.setViewportSize(desktop);
}

const lessonNames = (page: Page) =>
  page.getByRole("region", { name: "Lessons" }).getByRole("listitem").getByRole("link");

test("a coach creates a course, fixes its details inline and orders its lessons by buttons and keys; an admin assigns a coach and archives it after confirming", async ({
  page,
}) => {
  const title = `Walking for a stronger heart ${String(Date.now())}`;
  await signIn(page, coach);
  await page.goto("/courses");
  await page.getByRole("button", { name: "Create the course" }).click();
  await expect(page.getByLabel("Course title")).toHaveAccessibleDescription(
    "Give the course a title.",
  );
  await page.getByLabel("Course title").fill(title);
  await page.getByRole("button", { name: "Create the course" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edit course: ${title}`);

  // Details: every field says what is wrong next to it, and nothing is saved until it is right.
  const details = page.getByRole("region", { name: "Course details" });
  await details.getByRole("button", { name: "Save course details" }).click();
  await expect(details.getByLabel("Summary")).toHaveAccessibleDescription(
    "Write a short summary for the catalogue.",
  );
  await expect(details.getByLabel("Who it is for")).toHaveAttribute("aria-invalid", "true");
  await expect(details.getByText("Add at least one objective.")).toBeVisible();
  await details.getByLabel("Summary").fill("Short walks that train the calf pump.");
  await details.getByLabel("Who it is for").fill("Adults over 50 who sit for most of the day.");
  await details.getByLabel("Minutes in total").fill("30");
  await details.getByRole("button", { name: "Add an objective" }).click();
  const objective = details.getByRole("group", { name: "Objective 1" });
  await objective.getByLabel("Id").fill("Walk Often");
  await objective.getByLabel("Title").fill("Walk a little, often");
  await objective.getByLabel("Description").fill("Break up sitting with short walks.");
  await details.getByRole("button", { name: "Save course details" }).click();
  await expect(details.getByRole("alert")).toHaveText(/lower-case letters, digits and hyphens/);
  await objective.getByLabel("Id").fill("walk-often");
  await details.getByRole("button", { name: "Save course details" }).click();
  await expect(details.getByRole("status").getByText("Saved.")).toBeVisible();

  // Two lessons, then the order: a button, then the keyboard (Alt+ArrowUp on a row's button).
  for (const lesson of ["Warm up first", "Cool down after"]) {
    await page.getByLabel("New lesson title").fill(lesson);
    await page.getByRole("button", { name: "Add the lesson" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edit lesson: ${lesson}`);
    await page.getByRole("link", { name: title }).click();
  }
  await expect(lessonNames(page)).toHaveText(["Warm up first", "Cool down after"]);
  await page.getByRole("button", { name: "Move down: Warm up first" }).click();
  await expect(lessonNames(page)).toHaveText(["Cool down after", "Warm up first"]);
  await expect(page.getByRole("status").filter({ hasText: "moved down" })).toHaveText(
    "Warm up first moved down: now 2 of 2.",
  );
  await expect(page.getByRole("button", { name: "Move up: Warm up first" })).toBeFocused();
  await page.keyboard.press("Alt+ArrowUp");
  await expect(lessonNames(page)).toHaveText(["Warm up first", "Cool down after"]);
  await page.reload();
  await expect(lessonNames(page)).toHaveText(["Warm up first", "Cool down after"]);
  await expectAccessibleAtBothWidths(page);
  const courseUrl = page.url();

  // An admin assigns a second coach and archives the course, each after a confirm naming it.
  await page.context().clearCookies();
  await signIn(page, admin);
  await page.goto(courseUrl);
  const coaches = page.getByRole("region", { name: "Coaches" });
  await coaches
    .getByLabel("Coach to assign")
    .selectOption({ label: `${helper.name} (${helper.email})` });
  await coaches.getByRole("button", { name: "Assign the coach" }).click();
  await expect(coaches.getByText(`Let ${helper.name} open and edit this course?`)).toBeVisible();
  await coaches.getByRole("button", { name: `Yes, assign ${helper.name}` }).click();
  await expect(coaches.getByRole("listitem").filter({ hasText: helper.email })).toBeVisible();

  const publishing = page.getByRole("region", { name: "Publishing" });
  await publishing.getByRole("button", { name: "Archive the course" }).click();
  await expect(
    publishing.getByRole("group", { name: "Confirm: Archive the course" }),
  ).toContainText(`Archive "${title}"?`);
  await publishing.getByRole("button", { name: "Yes, archive it" }).click();
  await expect(page.getByText("Archived: hidden from learners.").first()).toBeVisible();
  await page.goto("/courses");
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
});

test("the built-in source changed under a coach's edit: the banner shows the difference and takes the source version", async ({
  page,
}) => {
  const ids = await coachEditThenSourceChange("the-second-heart", "when-the-pump-stalls", {
    coachId: admin.id,
    coachTitle: "When the pump stalls (a coach's title)",
    sourceTitle: "When the pump stalls (the files' new title)",
  });
  await signIn(page, admin);
  await page.goto(`/courses/${ids.courseId}/lessons/${ids.lessonId}`);
  const banner = page.getByRole("region", { name: "The built-in source changed" });
  await expect(banner).toBeVisible();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(
    "When the pump stalls (a coach's title)",
  );
  await banner.getByRole("button", { name: "Show the differences" }).click();
  const diff = banner.getByRole("table", { name: "This version and the built-in source" });
  await expect(diff).toContainText("a coach's title");
  await expect(diff).toContainText("the files' new title");
  await expectAccessibleAtBothWidths(page);
  await banner.getByRole("button", { name: "Take the source version" }).click();
  await page.getByRole("button", { name: "Yes, take the source version" }).click();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(
    "When the pump stalls (the files' new title)",
  );
  await expect(banner).toHaveCount(0);
  // The coach's version stays in the history, and the take is a new revision there.
  await expect(
    page
      .getByRole("region", { name: "Revision history" })
      .getByRole("button", { name: /Restore revision/ }),
  ).not.toHaveCount(0);
});
