import { expect, test, type Page } from "@playwright/test";

// Issue 15, "Reading and exercises": the hold timer's get-ready countdown and careful reset, the
// rep counter past its range, and read aloud (highlight, where to start, speed, no idle Stop).
// Time runs on Playwright's clock; speech is a recording stand-in (headless Chromium has no voices).

const trainingLesson = "/courses/the-second-heart/training-the-soleus";

interface SpeechLog {
  spoken: { text: string; rate: number }[];
  /** Ends the utterance being spoken, as the browser does when it has said it. */
  finish: () => void;
}

async function recordSpeech(page: Page) {
  await page.addInitScript(() => {
    let current: SpeechSynthesisUtterance | undefined;
    const log = {
      spoken: [] as { text: string; rate: number }[],
      finish: () => {
        current?.onend?.call(current, new Event("end") as SpeechSynthesisEvent);
      },
    };
    Object.assign(window, { speechLog: log });
    Object.defineProperty(window, "speechSynthesis", {
      configurable: true,
      value: {
        speak: (utterance: SpeechSynthesisUtterance) => {
          current = utterance;
          log.spoken.push({ text: utterance.text, rate: utterance.rate });
        },
        cancel: () => {
          current = undefined;
        },
        pause: () => undefined,
        resume: () => undefined,
      },
    });
  });
}

const spoken = (page: Page) =>
  page.evaluate(() => (window as unknown as { speechLog: SpeechLog }).speechLog.spoken);
const finishUtterance = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as { speechLog: SpeechLog }).speechLog.finish();
  });

test("the hold timer counts 5 seconds to get ready, and reset asks before discarding a set", async ({
  page,
}) => {
  await page.clock.install();
  await page.goto(trainingLesson);
  const timer = page.getByRole("group", { name: "Hold timer: Bent-knee calf hold" });
  const status = timer.getByRole("status");
  const clock = timer.locator(".hold-timer__clock");

  await timer.getByRole("button", { name: "Start" }).click();
  await expect(status).toHaveText("Get ready. The hold starts in 5 seconds.");
  await expect(clock).toHaveText("Get ready 0:05");
  await page.clock.runFor(1_000);
  await expect(status).toHaveText("4");
  await page.clock.runFor(4_000);
  await expect(status).toHaveText("Started. Hold for 30 seconds.");
  await expect(clock).toContainText("0:30");
  await page.clock.runFor(30_000);
  await expect(timer.getByText("Sets done: 1 of 2")).toBeVisible();

  await timer.getByRole("button", { name: "Reset" }).click();
  const keep = timer.getByRole("button", { name: "No, keep going" });
  await expect(timer.getByText("Reset the timer and the sets done to zero?")).toBeVisible();
  await expect(keep).toBeFocused();
  await keep.click();
  await expect(timer.getByText("Sets done: 1 of 2")).toBeVisible();
  await timer.getByRole("button", { name: "Reset" }).click();
  await timer.getByRole("button", { name: "Yes, reset" }).click();
  await expect(timer.getByText("Sets done: 0 of 2")).toBeVisible();
  await expect(status).toHaveText("Reset. Ready to hold for 30 seconds.");
});

test("the rep counter says target reached instead of 22 of 12 to 20", async ({ page }) => {
  await page.goto(trainingLesson);
  const counter = page.getByRole("group", { name: "Rep counter: Seated calf raise" });
  const add = counter.getByRole("button", { name: "Add a rep" });
  for (let tap = 0; tap < 22; tap += 1) await add.click();
  await expect(counter.locator(".rep-counter__count")).toHaveText("22 repetitions: target reached");
  await expect(counter.getByRole("status")).toHaveText(
    "22. Target reached: finish this set when you are ready.",
  );
});

test("read aloud highlights the block it reads, starts where the learner chooses, at their speed, and shows Stop only while reading", async ({
  page,
}) => {
  await recordSpeech(page);
  await page.goto(trainingLesson);
  const controls = page.getByRole("group", { name: "Listen to this lesson" });
  await expect(controls.getByRole("button", { name: "Read aloud" })).toBeVisible();
  await expect(controls.getByRole("button", { name: "Stop" })).toHaveCount(0);

  // From the beginning: the title first, then the text, never the menus or the widgets.
  await controls.getByRole("button", { name: "Read aloud" }).click();
  for (let block = 0; block < 25; block += 1) await finishUtterance(page);
  const fromStart = (await spoken(page)).map((utterance) => utterance.text);
  expect(fromStart[0]).toBe("Training the soleus");
  expect(fromStart).not.toContain("On this page");
  expect(fromStart.some((text) => text.includes("Hold timer"))).toBe(false);
  await controls.getByRole("button", { name: "Stop" }).click();
  await page.evaluate(() => {
    (window as unknown as { speechLog: SpeechLog }).speechLog.spoken.length = 0;
  });

  await controls.getByLabel("Start from").selectOption({ label: "Why a bent knee matters" });
  await controls.getByLabel("Speed").selectOption({ label: "Slower" });
  await controls.getByRole("button", { name: "Read aloud" }).click();
  await expect(controls.getByRole("button", { name: "Stop" })).toBeVisible();
  expect(await spoken(page)).toEqual([{ text: "Why a bent knee matters", rate: 0.75 }]);
  const current = page.locator(".read-aloud-current");
  await expect(current).toHaveText("Why a bent knee matters");

  await finishUtterance(page);
  await expect(current).toHaveCount(1);
  const second = (await spoken(page))[1];
  expect(second?.rate).toBe(0.75);
  await expect(current).toHaveText(second?.text ?? "");

  // A click on a paragraph while reading goes on from there.
  const paragraph = page
    .locator("#lesson .lesson-content p")
    .filter({ hasText: "Two or three days a week is a good place to start." });
  await paragraph.click();
  await expect(paragraph).toHaveClass(/read-aloud-current/);
  expect((await spoken(page)).at(-1)?.text).toBe(
    (await paragraph.textContent())?.replace(/\s+/g, " ").trim(),
  );

  await controls.getByRole("button", { name: "Stop" }).click();
  await expect(controls.getByRole("button", { name: "Stop" })).toHaveCount(0);
  await expect(current).toHaveCount(0);
});
