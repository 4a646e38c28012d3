import { expect, test, type Locator, type Page } from "@playwright/test";

const course = "/courses/the-second-heart";
const trainingLesson = `${course}/training-the-soleus`;

/** Press Tab until `target` has focus (fails after `limit` presses): keyboard-only navigation. */
async function tabTo(page: Page, target: Locator, limit = 60) {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

test("a learner goes from the catalog to a course and into its first lesson with the keyboard only", async ({
  page,
}) => {
  await page.goto("/");
  const courseLink = page.getByRole("link", { name: "The Second Heart", exact: true });
  await expect(page.getByText("About 60 minutes · 7 lessons")).toBeVisible();
  await tabTo(page, courseLink);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(course);
  await expect(page.getByRole("heading", { level: 1, name: "The Second Heart" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "What you will learn" })).toBeVisible();
  await expect(page.getByText("— sign in to take it")).toBeVisible();

  const firstLesson = page.getByRole("link", { name: "Lesson 1: Meet the soleus" });
  await tabTo(page, firstLesson);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`${course}/meet-the-soleus`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meet the soleus");
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await expect(
    page.getByRole("note").filter({ hasText: "Education, not medical advice" }).first(),
  ).toBeVisible();
});

test("table of contents links jump to their sections", async ({ page }) => {
  await page.goto(trainingLesson);
  const toc = page.getByRole("navigation", { name: "On this page" });
  await toc.getByRole("link", { name: "Putting a session together" }).click();
  await expect(page).toHaveURL(/#putting-a-session-together$/);
  await expect(
    page.getByRole("heading", { level: 2, name: "Putting a session together" }),
  ).toBeInViewport();
  await toc.getByRole("link", { name: "Before you start" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#before-you-start$/);
  await expect(page.getByRole("heading", { level: 2, name: "Before you start" })).toBeInViewport();
});

test("previous and next links walk through the course in order", async ({ page }) => {
  await page.goto(`${course}/meet-the-soleus`);
  const pager = page.getByRole("navigation", { name: "Previous and next lesson" });
  await expect(pager.getByRole("link", { name: /Previous lesson/ })).toHaveCount(0);
  await pager.getByRole("link", { name: /Next lesson/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your second heart");
  await expect(page.getByText("Lesson 2 of 7")).toBeVisible();
  await pager.getByRole("link", { name: /Previous lesson/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meet the soleus");

  await page.goto(`${course}/everyday-habits`);
  await expect(pager.getByRole("link", { name: /Next lesson/ })).toHaveCount(0);
  await pager.getByRole("link", { name: /last lesson/ }).click();
  await expect(page).toHaveURL(course);
});

test("the lesson names its check quiz at the end and shows the health note near the top", async ({
  page,
}) => {
  await page.goto(trainingLesson);
  await expect(page.getByRole("heading", { name: "Check your understanding" })).toBeVisible();
  await expect(page.getByText("Check your understanding: Training the soleus")).toBeVisible();
  const note = page.locator(".lesson-header").getByRole("note");
  await expect(note).toContainText("Education, not medical advice");
  await expect(note).toContainText(
    "Get medical advice the same day if one leg swells, hurts or feels warm.",
  );
  const whenToGetHelp = page.getByRole("note").filter({ hasText: "When to get help" });
  await expect(whenToGetHelp).toContainText("Coughing up blood");
  await expect(whenToGetHelp).toContainText("Swelling in one leg, not both");
});

test("the hold timer starts, pauses, resumes, finishes and resets, announcing only the planned cues", async ({
  page,
}) => {
  await page.clock.install();
  await page.goto(trainingLesson);
  const timer = page.getByRole("group", { name: "Hold timer: Bent-knee calf hold" });
  const status = timer.getByRole("status");
  const clock = timer.locator(".hold-timer__clock");
  await expect(clock).toContainText("0:30");

  await timer.getByRole("button", { name: "Start" }).click();
  await expect(status).toHaveText("Get ready. The hold starts in 5 seconds.");
  await page.clock.runFor(5_000);
  await expect(status).toHaveText("Started. Hold for 30 seconds.");
  await page.clock.runFor(10_000);
  await expect(status).toHaveText("20 seconds left");
  await expect(clock).toContainText("0:20");
  await page.clock.runFor(5_000);
  await expect(clock).toContainText("0:15");
  await expect(status).toHaveText("20 seconds left"); // quiet between the 10-second marks

  await timer.getByRole("button", { name: "Pause" }).click();
  await expect(status).toHaveText("Paused. 15 seconds left.");
  await page.clock.runFor(8_000);
  await expect(clock).toContainText("0:15");

  await timer.getByRole("button", { name: "Resume" }).click();
  await expect(status).toHaveText("Resumed. 15 seconds left.");
  await page.clock.runFor(5_000);
  await expect(status).toHaveText("10 seconds left");
  await page.clock.runFor(4_000);
  await expect(clock).toContainText("0:06");
  await expect(status).toHaveText("10 seconds left");
  await page.clock.runFor(1_000);
  await expect(status).toHaveText("5");
  await page.clock.runFor(5_000);
  await expect(status).toHaveText("Done. Set 1 of 2 complete. Rest, then start the next set.");
  await expect(timer.getByText("Sets done: 1 of 2")).toBeVisible();
  await expect(timer.getByRole("button", { name: "Start next set" })).toBeVisible();

  await timer.getByRole("button", { name: "Reset" }).click();
  await timer.getByRole("button", { name: "Yes, reset" }).click();
  await expect(status).toHaveText("Reset. Ready to hold for 30 seconds.");
  await expect(clock).toContainText("0:30");
  await expect(timer.getByText("Sets done: 0 of 2")).toBeVisible();
});

test("the carry walk gets a walk timer that tells the learner to walk, not to hold still", async ({
  page,
}) => {
  await page.clock.install();
  await page.goto(trainingLesson);
  const section = page.locator("section#bent-knee-carry");
  await expect(section.getByText("Walk for", { exact: true })).toBeVisible();
  await expect(section.getByText("45 seconds", { exact: true })).toBeVisible();
  await expect(page.getByRole("group", { name: "Hold timer: Soft-knee carry walk" })).toHaveCount(
    0,
  );
  const timer = page.getByRole("group", { name: "Walk timer: Soft-knee carry walk" });
  const status = timer.getByRole("status");
  await expect(timer.locator(".hold-timer__clock")).toContainText("0:45");
  await timer.getByRole("button", { name: "Start" }).click();
  await expect(status).toHaveText("Get ready. The walk starts in 5 seconds.");
  await page.clock.runFor(5_000);
  await expect(status).toHaveText("Started. Walk for 45 seconds.");
  await page.clock.runFor(45_000);
  await expect(status).toHaveText("Done. Set 1 of 2 complete. Rest, then start the next set.");
  await timer.getByRole("button", { name: "Reset" }).click();
  await timer.getByRole("button", { name: "Yes, reset" }).click();
  await expect(status).toHaveText("Reset. Ready to walk for 45 seconds.");
});

test("the rep counter counts taps and says when the target is reached", async ({ page }) => {
  await page.goto(trainingLesson);
  const counter = page.getByRole("group", { name: "Rep counter: Seated calf raise" });
  const add = counter.getByRole("button", { name: "Add a rep" });
  for (let tap = 0; tap < 12; tap += 1) await add.click();
  await expect(counter.getByRole("status")).toHaveText("12. Target reached.");
  await counter.getByRole("button", { name: "Set done" }).click();
  await expect(counter.getByRole("status")).toHaveText(
    "Set 1 of 2 done with 12 repetitions. Rest, then start the next set.",
  );
  await expect(counter.locator(".rep-counter__number")).toHaveText("0");
});

test("the chosen text size is applied before paint and survives a reload", async ({ page }) => {
  await page.goto(trainingLesson);
  await page.getByText("Text size and contrast").click();
  const larger = page.getByRole("button", { name: "Larger", exact: true });
  await larger.click();
  await expect(page.locator("html")).toHaveAttribute("data-text-size", "larger");
  await expect(larger).toHaveAttribute("aria-pressed", "true");
  expect(await page.evaluate(() => window.localStorage.getItem("soleus:text-size"))).toBe("larger");

  // The server renders the attribute from the cookie: it is in the HTML before any script runs.
  const html = await (await page.request.get(trainingLesson)).text();
  expect(html).toMatch(/<html[^>]*data-text-size="larger"/);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-text-size", "larger");
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(
    "24px",
  );

  await page.getByText("Text size and contrast").click();
  await page.getByRole("button", { name: "Standard", exact: true }).click();
  await expect(page.locator("html")).not.toHaveAttribute("data-text-size", /.+/);
});

test("the high-contrast theme applies at once and after a reload", async ({ page }) => {
  await page.goto("/");
  await page.getByText("Text size and contrast").click();
  const toggle = page.getByRole("button", { name: "High contrast" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "contrast");
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
    "rgb(0, 0, 0)",
  );
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "contrast");
  await page.getByText("Text size and contrast").click();
  await expect(page.getByRole("button", { name: "High contrast" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a lesson is fully readable, and display settings still work through the form", async ({
    page,
  }) => {
    await page.goto(trainingLesson);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Training the soleus");
    await expect(page.getByRole("heading", { name: "Bent-knee calf hold" })).toBeVisible();
    await expect(page.getByText("30 seconds", { exact: true })).toBeVisible();
    // No widget buttons that could not work.
    await expect(page.getByRole("button", { name: "Start" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Read aloud" })).toHaveCount(0);

    await page.getByText("Text size and contrast").click();
    await page.getByRole("button", { name: "Largest", exact: true }).click();
    await expect(page).toHaveURL(trainingLesson);
    await expect(page.locator("html")).toHaveAttribute("data-text-size", "largest");
  });
});

test("course images are served with their type, a no-script policy and a long cache; other names are refused", async ({
  request,
}) => {
  const image = await request.get("/media/the-second-heart/images/calf-pump-steps.svg");
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/svg+xml");
  // A script inside an SVG opened on its own must not run: no inline scripts in the policy.
  const scriptSrc = /(?:^|;)\s*script-src ([^;]*)/.exec(
    image.headers()["content-security-policy"] ?? "",
  )?.[1];
  expect(scriptSrc).toBeDefined();
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(image.headers()["x-content-type-options"]).toBe("nosniff");
  expect(image.headers()["cache-control"]).toContain("max-age=604800");
  expect(await image.text()).toContain("<svg");
  for (const bad of [
    "course.yaml",
    "..%2Fcourse.yaml",
    ".hidden.svg",
    "calf-pump-steps.svg.txt",
    "missing.svg",
  ]) {
    expect((await request.get(`/media/the-second-heart/images/${bad}`)).status(), bad).toBe(404);
  }
  expect((await request.get("/media/..%2F..%2Fpackages/images/calf-pump-steps.svg")).status()).toBe(
    404,
  );
});

test("unknown courses and lessons get the helpful 404 page", async ({ page }) => {
  for (const address of [
    "/courses/no-such-course",
    `${course}/no-such-lesson`,
    "/courses/Not..A..Slug",
  ]) {
    const response = await page.goto(address);
    expect(response?.status(), address).toBe(404);
    await expect(page.getByRole("heading", { name: "We could not find that page" })).toBeVisible();
  }
});

test.describe("read aloud", () => {
  test("is hidden, with the spoken cues, where the browser has no speech synthesis", async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, "speechSynthesis", { configurable: true, value: undefined });
    });
    await page.goto(trainingLesson);
    await expect(page.getByRole("button", { name: "Start" }).first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Read aloud" })).toHaveCount(0);
    await expect(page.getByLabel("Speak the countdown aloud")).toHaveCount(0);
  });
});
