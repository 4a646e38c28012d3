import { expect, test } from "@playwright/test";
import { linkFromEmail } from "./outbox";
import { signUpWith } from "./quiz-helpers";

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

  await page.getByLabel("Choose a password").fill("Password1234!");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator("#sign-up-password-error")).toContainText(
    "This password would be easy to guess. This is similar to a commonly used password.",
  );

  await page.getByLabel("Choose a password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await page.goto(await linkFromEmail(email, "Finish creating your Soleus account"));
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page.getByText("Signed in as Rosa Learner")).toBeVisible();

  const cookies = await page.context().cookies();
  const session = cookies.find((cookie) => cookie.name === "soleus-web.session");
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  expect(cookies.find((cookie) => cookie.name.startsWith("soleus-admin."))).toBeUndefined();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  expect(
    (await page.context().cookies()).find((cookie) => cookie.name === "soleus-web.session"),
  ).toBeUndefined();

  await page.getByRole("link", { name: "Sign in" }).click();
  await page.getByLabel("Email address").first().fill(email);
  await page.getByLabel("Password", { exact: true }).fill("not my password at all");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Wrong email or password." }),
  ).toBeVisible();

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

test("prerendered lesson pages run no inline script, keep the security headers and still hydrate", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/courses/the-second-heart/training-the-soleus");
  const headers = response?.headers() ?? {};
  const floor = headers["content-security-policy"] ?? "";
  expect(floor).toContain("frame-ancestors 'none'");
  expect(floor).toContain("object-src 'none'");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers.vary?.toLowerCase()).toContain("cookie");
  const html = (await response?.text()) ?? "";
  // The page's own policy comes before any script and allows only the site's script files.
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
  expect(
    meta?.[1]
      ?.replaceAll("&#x27;", "'")
      .split("; ")
      .find((directive) => directive.startsWith("script-src")),
  ).toBe("script-src 'self'");
  expect(html.indexOf(meta?.[0] ?? "<none>")).toBeLessThan(html.indexOf("<script"));
  const inlineExecutable = [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>/g)].filter(
    (match) => !(match[1] ?? "").includes('type="application/json"'),
  );
  expect(inlineExecutable).toEqual([]);
  // The page also answers at its internal address; search engines are pointed at the reader's one.
  expect(html).toContain(
    '<link rel="canonical" href="/courses/the-second-heart/training-the-soleus"',
  );
  // It works under that policy: the hold timers appear once React has hydrated.
  await expect(
    page
      .getByRole("group", { name: /Hold timer/ })
      .first()
      .getByRole("button", { name: "Start" }),
  ).toBeVisible();
  expect(violations).toEqual([]);
  // And the policy is enforced: an inline script added now is refused.
  const ran = await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__inlineRan = true";
    document.head.append(script);
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations.length).toBe(1);
  expect(violations[0]).toMatch(/inline script/i);
});

test("a missing lesson gets the site's 404 page, working, with no policy errors", async ({
  page,
}) => {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && !message.text().includes("status of 404"))
      problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  const response = await page.goto("/courses/the-second-heart/no-such-lesson");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We could not find that page" })).toBeVisible();
  // Hydrated: the display control answers without a page load.
  await page.getByText("Text size and contrast").click();
  await page.getByRole("button", { name: "Larger", exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("data-text-size", "larger");
  await expect(page).toHaveURL(/no-such-lesson$/);
  expect(problems).toEqual([]);
});

test("the sign-out form refuses a cross-site POST and changes nothing", async ({
  request,
  baseURL,
}) => {
  const response = await request.post(`${baseURL}/sign-out`, {
    headers: { origin: "http://evil.example" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
  expect(response.headers()["set-cookie"]).toBeUndefined();
});

test("on a lesson, a signed-in reader gets their own header and completion, and signs out from there", async ({
  page,
  browser,
  baseURL,
}) => {
  const lesson = "/courses/the-second-heart/meet-the-soleus";
  await page.goto(lesson);
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Mark this lesson complete" })).toHaveCount(0);

  await signUpWith(page, {
    name: "Ida Reader",
    email: `reader-${Date.now()}@example.org`,
    next: lesson,
  });
  await expect(page).toHaveURL(lesson);
  // The page is the same for everyone; who is reading arrives after load.
  await expect(page.getByText("Signed in as Ida Reader")).toBeVisible();
  await page.getByRole("button", { name: "Mark this lesson complete" }).click();
  await expect(page).toHaveURL(`${lesson}#lesson-complete`);
  await expect(page.getByText(/You completed this lesson on/)).toBeVisible();
  await expect(page.locator("#lesson-complete")).toBeFocused();

  // Another reader's state is never in the shared page: a fresh context sees none of it.
  const strangers = await browser.newContext({ baseURL });
  const stranger = await strangers.newPage();
  await stranger.goto(lesson);
  await expect(stranger.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(stranger.getByRole("heading", { name: "Finished reading?" })).toHaveCount(0);
  expect(await stranger.content()).not.toContain("Ida Reader");
  await strangers.close();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/\?signed-out=1$/);
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  expect(
    (await page.context().cookies()).find((cookie) => cookie.name === "soleus-web.session"),
  ).toBeUndefined();
});

test("the reading state of a lesson is private: nobody's for a stranger, refused for a bad address", async ({
  request,
  baseURL,
}) => {
  const mine = await request.get(`${baseURL}/api/reading/the-second-heart/meet-the-soleus`);
  expect(mine.status()).toBe(200);
  expect(mine.headers()["cache-control"]).toContain("no-store");
  expect(await mine.json()).toEqual({ person: null, completedAt: null });
  expect((await request.get(`${baseURL}/api/reading/Not..A..Slug/x`)).status()).toBe(400);
  const foreign = await request.post(`${baseURL}/api/reading/the-second-heart/meet-the-soleus`, {
    headers: { origin: "http://evil.example" },
    maxRedirects: 0,
  });
  expect(foreign.status()).toBe(403);
});
