import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { e2eDataDir, urls } from "../../../e2e.urls";

const admin = {
  name: "Ada Admin",
  email: `admin-${Date.now()}@example.org`,
  password: "first admin of soleus",
};
const coach = {
  name: "Cora Coach",
  email: `coach-${Date.now()}@example.org`,
  password: "coaching calves every day",
};

async function signIn(page: Page, who: { email: string; password: string }) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").first().fill(who.email);
  await page.getByLabel("Password", { exact: true }).fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test.describe.configure({ mode: "serial" });

test("signed out, every admin page sends you to sign in", async ({ page }) => {
  await page.goto("/users");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fusers$/);
  await expect(
    page.getByRole("heading", { level: 1, name: "Sign in to Soleus Admin" }),
  ).toBeVisible();
});

test("first run: the first admin is created once, then the setup page is gone", async ({
  page,
}) => {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Create the first admin account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Set up Soleus Admin" })).toBeVisible();
  // A stranger who found the page does not have the code the run command printed: nothing is created.
  await page.getByLabel("Setup code").fill("AAAA-BBBB");
  await page.getByLabel("Your name").fill("Eve Stranger");
  await page.getByLabel("Email address").fill("eve@example.org");
  await page.getByLabel("Choose a password").fill("not my server at all");
  await page.getByRole("button", { name: "Create the first admin account" }).click();
  await expect(
    page.getByText(/That setup code is not right\. .* 4 tries are left\./),
  ).toBeVisible();
  await expect(page.getByLabel("Setup code")).toHaveAttribute("aria-invalid", "true");

  // The operator copies the code from the run command's log (also kept in the data directory).
  const setupCode = readFileSync(path.join(e2eDataDir, "setup-code"), "utf8").trim();
  await page.getByLabel("Setup code").fill(setupCode);
  await page.getByLabel("Your name").fill(admin.name);
  await page.getByLabel("Email address").fill(admin.email);
  await page.getByLabel("Choose a password").fill(admin.password);
  await page.getByRole("button", { name: "Create the first admin account" }).click();
  await expect(page.getByText(`Signed in as ${admin.name}`)).toBeVisible();

  const again = await page.goto("/setup");
  expect(again?.status()).toBe(404);
  await page.goto("/sign-in");
  await expect(page.getByRole("link", { name: "Create the first admin account" })).toHaveCount(0);
});

test("an admin signs in, creates a coach, and signs out; the coach can sign in but not manage people", async ({
  page,
}) => {
  await signIn(page, { email: admin.email, password: "wrong password here" });
  await expect(
    page.getByRole("alert").filter({ hasText: "Wrong email or password." }),
  ).toBeVisible();
  await page.getByLabel("Password", { exact: true }).fill(admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText(`Signed in as ${admin.name}`)).toBeVisible();

  await page.getByRole("link", { name: "People" }).click();
  await page.getByLabel("Coach's name").fill(coach.name);
  await page.getByLabel("Coach's email address").fill(coach.email);
  await page.getByLabel("First password").fill(coach.password);
  await page.getByRole("button", { name: "Create coach account" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `Coach account created for ${coach.email}.` }),
  ).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: coach.email })).toContainText("coach");

  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  await signIn(page, coach);
  await expect(page.getByText(`Signed in as ${coach.name}`)).toBeVisible();
  await page.goto("/users");
  await expect(
    page.getByRole("alert").filter({ hasText: "Only admins can manage accounts." }),
  ).toHaveText("Only admins can manage accounts. Ask an admin if you need a change.");
});

test("a learner-site session is refused by the admin app, and the learner site has no admin API", async ({
  page,
}) => {
  // The admin signs in on the learner site (admins may read courses there too)…
  await page.goto(`${urls.web}/sign-in`);
  await page.getByLabel("Email address").first().fill(admin.email);
  await page.getByLabel("Password", { exact: true }).fill(admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText(`Signed in as ${admin.name}`)).toBeVisible();
  const context = page.context();
  const learnerSite = (await context.cookies(urls.web)).find(
    (cookie) => cookie.name === "soleus-web.session",
  );
  if (!learnerSite) throw new Error("no learner-site session cookie");

  // …and the people list is not on the learner site's API, even for an admin.
  const onLearnerSite = await context.request.get(
    `${urls.web}/api/trpc/users.list?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`,
  );
  expect(onLearnerSite.status()).toBe(404);

  // The same token placed in the admin app's cookie is not a session there.
  await context.addCookies([
    {
      name: "soleus-admin.session",
      value: learnerSite.value,
      url: urls.admin,
      httpOnly: true,
      sameSite: "Lax",
    },
  ]);
  await page.goto(`${urls.admin}/users`);
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fusers$/);
  const onAdmin = await context.request.get(
    `${urls.admin}/api/trpc/users.list?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`,
  );
  expect(onAdmin.status()).toBe(401);
});
