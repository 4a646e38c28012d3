import { expect, test } from "@playwright/test";
import { urls } from "../../../e2e.urls";

interface Health {
  status: string;
  app: string;
  instanceId: string;
  database: { status: string };
  instances: { app: string; instanceId: string }[];
}

test("both apps share one database: a write through the learner site is read by the admin app", async ({
  request,
}) => {
  const web = (await (await request.get(`${urls.web}/api/health`)).json()) as Health;
  expect(web).toMatchObject({ status: "ok", app: "web", database: { status: "ok" } });

  // The web app's health check recorded its instance; the admin app reads it back.
  const adminResponse = await request.get(`${urls.admin}/api/health`);
  expect(adminResponse.status()).toBe(200);
  const admin = (await adminResponse.json()) as Health;
  expect(admin.app).toBe("admin");
  expect(admin.instances.map((instance) => instance.instanceId)).toContain(web.instanceId);
});

test("the admin app shows the shared layout with the medical note", async ({ page }) => {
  // Signed out, every admin page leads to its sign-in page, which carries the shared layout.
  await page.goto("/");
  await expect(
    page.getByRole("heading", { level: 1, name: "Sign in to Soleus Admin", exact: true }),
  ).toBeVisible();
  await expect(page.getByRole("contentinfo")).toContainText("Education, not medical advice");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
});
