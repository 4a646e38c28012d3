import { expect, test } from "@playwright/test";

const password = "walking up the stairs daily";

test("a learner signs up, signs out and signs in again on the learner site", async ({ page }) => {
  const email = `learner-${Date.now()}@example.org`;
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Rosa Learner");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Choose a password").fill("password1");
  await page.getByRole("button", { name: "Create account" }).click();
  const passwordField = page.getByLabel("Choose a password");
  await expect(passwordField).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#sign-up-password-error")).toContainText("at least 10 characters");
  await expect(passwordField).toHaveAttribute("aria-describedby", /sign-up-password-error/);

  await page.getByLabel("Choose a password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Signed in as Rosa Learner")).toBeVisible();

  const cookies = await page.context().cookies();
  const session = cookies.find((cookie) => cookie.name === "soleus-web.session");
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  expect(cookies.find((cookie) => cookie.name.startsWith("soleus-admin."))).toBeUndefined();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  expect((await page.context().cookies()).find((cookie) => cookie.name === "soleus-web.session")).toBeUndefined();

  await page.getByRole("link", { name: "Sign in" }).click();
  await page.getByLabel("Email address").first().fill(email);
  await page.getByLabel("Password", { exact: true }).fill("not my password at all");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();

  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Signed in as Rosa Learner")).toBeVisible();
});

test("pages carry a nonce-based CSP and the other security headers", async ({ page }) => {
  const response = await page.goto("/sign-in");
  const headers = response?.headers() ?? {};
  const policy = headers["content-security-policy"] ?? "";
  const scripts = policy.split("; ").find((directive) => directive.startsWith("script-src")) ?? "";
  expect(scripts).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  expect(scripts).not.toContain("unsafe-inline");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  // The page still works under the policy: React hydrated and the magic-link form got its token.
  await expect(page.getByRole("button", { name: "Email me a sign-in link" })).toBeEnabled();
});

test("the API refuses a cross-site POST", async ({ request, baseURL }) => {
  const response = await request.post(`${baseURL}/api/trpc/users.updateMyProfile`, {
    headers: { origin: "http://evil.example", "content-type": "application/json" },
    data: { json: { name: "x" } },
  });
  expect(response.status()).toBe(403);
});
