import { expect, test, type Page } from "@playwright/test";
import { urls } from "../../../e2e.urls";
import { pngBytes } from "../../../packages/app-runtime/src/images/test-images";
import { axeViolations } from "../../web/e2e/axe";
import { createPeople, signIn } from "./db-fixtures";

const PHONE = { width: 320, height: 720 };

async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

/** axe at desktop width and at 320 px (where the menu folds), then back to desktop. */
async function expectAccessibleAtBothWidths(page: Page) {
  await expectNoAxeViolations(page);
  const desktop = page.viewportSize();
  await page.setViewportSize(PHONE);
  await expectNoAxeViolations(page);
  if (desktop) await page.setViewportSize(desktop);
}

let people: Awaited<ReturnType<typeof createPeople>>;
test.describe.configure({ mode: "serial" });
test.beforeAll(async () => {
  people = await createPeople([
    { role: "admin", name: "Audra Admin" },
    { role: "coach", name: "Colm Coach", assignBuiltInCourse: true },
    { role: "learner", name: "Lena Learner" },
  ]);
});

test("a coach's menu and dashboard: their courses and published lessons, no People or Audit log", async ({
  page,
}) => {
  const [, coach] = people;
  if (!coach) throw new Error("no coach");
  await signIn(page, coach);
  const menu = page.getByRole("navigation", { name: "Main" });
  await expect(menu.getByRole("link")).toHaveText(["Dashboard", "Courses", "Results"]);
  await expect(menu.getByRole("link", { name: "Dashboard" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  const courses = page.getByRole("region", { name: "Your courses" });
  await expect(courses.getByRole("link", { name: "The Second Heart" })).toBeVisible();
  // Other specs share this database and may have left drafts: either the empty state or drafts
  // of this coach's course, each saying whether it was ever published.
  const drafts = page.getByRole("region", { name: "Drafts in progress" });
  await expect(
    drafts.getByText(/^No drafts in progress\.$|Changes not published yet|Never published/).first(),
  ).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Recently published" }).getByRole("listitem").first(),
  ).toContainText("the-second-heart");
  await expectAccessibleAtBothWidths(page);

  // At phone width the menu folds behind one button, and opens with the keyboard.
  await page.setViewportSize(PHONE);
  await expect(menu).toBeHidden();
  const toggle = page.getByRole("button", { name: "Menu" });
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(menu.getByRole("link", { name: "Results" })).toBeVisible();
  const box = await menu.getByRole("link", { name: "Results" }).boundingBox();
  expect(box?.height).toBeGreaterThanOrEqual(44);
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(page.getByRole("button", { name: "Menu" })).toBeFocused();

  // Pages the role may not use say so (the API refuses them too).
  await page.goto("/audit");
  await expect(page.getByRole("alert").filter({ hasText: "Only admins" })).toHaveText(
    "Only admins can read the audit log.",
  );
});

test("an admin changes a role only after a confirm step that names the person and the change", async ({
  page,
}) => {
  const [admin, , learner] = people;
  if (!admin || !learner) throw new Error("no admin or learner");
  await signIn(page, admin);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link")).toHaveText([
    "Dashboard",
    "Courses",
    "Results",
    "People",
    "Audit log",
  ]);
  await page.getByRole("link", { name: "People" }).click();
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" }),
  ).toHaveAttribute("aria-current", "page");
  const row = page.getByRole("row").filter({ hasText: learner.email });
  const select = row.getByLabel(`Role of ${learner.email}`);

  // One ArrowDown on the focused select changes nothing: no request, no confirm, same role.
  let mutations = 0;
  page.on("request", (request) => {
    if (request.url().includes("/api/trpc/users.changeRole")) mutations += 1;
  });
  await select.focus();
  await page.keyboard.press("ArrowDown");
  await expect(select).toHaveValue("coach");
  await page.reload();
  await expect(row.getByLabel(`Role of ${learner.email}`)).toHaveValue("learner");
  expect(mutations).toBe(0);

  // Choosing a role and asking for it opens the confirm step; Cancel leaves it as it was.
  await row.getByLabel(`Role of ${learner.email}`).selectOption("coach");
  await row.getByRole("button", { name: `Change role of ${learner.email}` }).click();
  const question = row.getByText(
    `Change ${learner.name} (${learner.email}) from learner to coach?`,
  );
  await expect(question).toBeFocused();
  await expectAccessibleAtBothWidths(page);
  await row.getByRole("button", { name: "Cancel" }).click();
  await expect(row.getByLabel(`Role of ${learner.email}`)).toHaveValue("learner");
  expect(mutations).toBe(0);

  await row.getByLabel(`Role of ${learner.email}`).selectOption("coach");
  await row.getByRole("button", { name: `Change role of ${learner.email}` }).click();
  await row.getByRole("button", { name: "Yes, make them a coach" }).click();
  const status = page.locator("#people-status");
  await expect(status).toHaveText(`${learner.name ?? ""} is now a coach.`);
  await expect(status).toHaveAttribute("role", "status");
  await expect(status).toHaveClass(/status-success/);
  expect(mutations).toBe(1);

  // Switching off asks too.
  await row.getByRole("button", { name: `Switch off ${learner.email}` }).click();
  await expect(
    row.getByText(`Switch off ${learner.name} (${learner.email})'s account?`),
  ).toBeFocused();
  await row.getByRole("button", { name: "Yes, switch the account off" }).click();
  await expect(row).toContainText("Switched off");

  // A refused create-coach form: focus on the summary, each error names the coach's field.
  await page.getByRole("button", { name: "Create coach account" }).click();
  const summary = page.getByRole("group", { name: "There is a problem" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link")).toHaveText([
    "Enter the coach's name.",
    "Enter the coach's email address.",
    /^First password: /,
  ]);
  await expect(page.getByLabel("Coach's name")).toHaveAttribute("aria-invalid", "true");
  await expectAccessibleAtBothWidths(page);
});

test("the audit log shows who did what, filtered by action and days", async ({ page }) => {
  const [admin, , learner] = people;
  if (!admin || !learner) throw new Error("no admin or learner");
  await signIn(page, admin);
  await page.getByRole("link", { name: "Audit log" }).click();
  await page.getByLabel("Action").selectOption({ label: "Role changed" });
  await page.getByLabel("Person (name or email)").fill(admin.email);
  await page.getByRole("button", { name: "Show entries" }).click();
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows.nth(1)).toContainText("Role changed");
  await expect(rows.nth(1)).toContainText(admin.email);
  await expect(rows.nth(1)).toContainText(learner.name ?? learner.email);
  await expect(rows.nth(1)).toContainText("from learner to coach");
  await expect(page.getByRole("table")).not.toContainText("Account switched off");
  await expectAccessibleAtBothWidths(page);

  // A last day before the first: the filter is refused, focus goes to the summary.
  await page.getByLabel("From (first day)").fill("2026-12-02");
  await page.getByLabel("To (last day)").fill("2026-12-01");
  await page.getByRole("button", { name: "Show entries" }).click();
  const summary = page.getByRole("group", { name: "There is a problem" });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("The last day must be on or after the first day.");
});

test("images: a disguised file is refused, a real one is served by both apps so nothing in it runs", async ({
  page,
}) => {
  const [, coach] = people;
  if (!coach) throw new Error("no coach");
  await signIn(page, coach);
  await page.goto("/images");
  await page.getByLabel("Image file").setInputFiles({
    name: "calf-photo.png",
    mimeType: "image/png",
    buffer: Buffer.from("<svg onload=alert(1)><script>alert(1)</script></svg>"),
  });
  await page.getByLabel("Alt text").fill("A seated calf raise");
  await page.getByLabel("Caption").fill("Heels up, slowly");
  await page.getByRole("button", { name: "Upload image" }).click();
  const summary = page.getByRole("group", { name: "There is a problem" });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("SVG and other markup files are not accepted");
  await expect(page.getByLabel("Image file")).toHaveAttribute("aria-invalid", "true");
  await expectAccessibleAtBothWidths(page);

  const bytes = Buffer.from(pngBytes(1 + (Date.now() % 5000), 300));
  await page.getByLabel("Image file").setInputFiles({
    name: "calf.png",
    mimeType: "image/png",
    buffer: bytes,
  });
  await page.getByRole("button", { name: "Upload image" }).click();
  await expect(page.getByRole("heading", { name: "Image uploaded" })).toBeFocused();
  const markdown = await page.getByLabel("Figure block for the lesson").inputValue();
  const src = /src="images\/([0-9a-f]{64}\.png)"/.exec(markdown)?.[1];
  expect(markdown).toContain('alt="A seated calf raise" caption="Heels up, slowly"');
  expect(markdown).toMatch(/width="\d+" height="300"/);
  if (!src) throw new Error(`no image address in ${markdown}`);
  for (const origin of [urls.admin, urls.web]) {
    const response = await page.request.get(`${origin}/media/the-second-heart/images/${src}`);
    expect(response.status()).toBe(200);
    expect(Buffer.compare(await response.body(), bytes)).toBe(0);
    expect(response.headers()).toMatchObject({
      "content-type": "image/png",
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
      "content-disposition": `inline; filename="${src}"`,
    });
    expect(response.headers()["content-security-policy"]).toMatch(/^default-src 'none'.*sandbox$/);
  }
});

test("a refused sign-in moves focus to the message; a sign-in link ends on 'check your email'", async ({
  page,
}) => {
  await page.goto("/sign-in");
  await page
    .getByLabel("Email address")
    .first()
    .fill(`nobody-${String(Date.now())}@example.org`);
  await page.getByLabel("Password", { exact: true }).fill("not the right password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Wrong email or password." }),
  ).toBeFocused();
  await expectAccessibleAtBothWidths(page);

  // An email with no staff account gets the same "check your email" page (and no email), so the
  // form never tells a stranger whether an address has an account here.
  await page
    .getByRole("textbox", { name: "Email address" })
    .last()
    .fill(`stranger-${String(Date.now())}@example.org`);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page).toHaveURL(/\/check-email/);
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  await page.goto("/sign-in");

  // A coach's email: the link is sent and the page says so, signed out.
  const [, coach] = people;
  if (!coach) throw new Error("no coach");
  await page.getByRole("textbox", { name: "Email address" }).last().fill(coach.email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page).toHaveURL(/\/check-email/);
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  await expectAccessibleAtBothWidths(page);
});
