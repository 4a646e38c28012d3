import path from "node:path";
import { expect, type Locator, type Page } from "@playwright/test";
import { builtInCoursesDir, loadCourseFromFiles, type Quiz } from "@soleus/content";
import { linkFromEmail } from "./outbox";

export const COURSE = "/courses/the-second-heart";
export const PASSWORD = "walking up the stairs daily";

/** Press Tab until `target` has focus (fails after `limit` presses): keyboard-only navigation. */
export async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false))
      return;
    await page.keyboard.press("Tab");
  }
  if (await target.evaluate((element) => element === document.activeElement)) return;
  throw new Error(`Tab never reached ${target.toString()}`);
}

/**
 * Fills in the sign-up form and follows the confirmation link from the emailed "Finish creating
 * your account" (read from the development outbox), ending signed in.
 */
export async function signUpWith(
  page: Page,
  details: { name: string; email: string; next?: string },
) {
  await page.goto(details.next ? `/sign-up?next=${encodeURIComponent(details.next)}` : "/sign-up");
  await page.getByLabel("Your name").fill(details.name);
  await page.getByLabel("Email address").fill(details.email);
  await page.getByLabel("Choose a password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  // The first sign-up after the product starts is slow on a loaded machine (password hashing, cold pages).
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible({
    timeout: 20_000,
  });
  await page.goto(await linkFromEmail(details.email, "Finish creating your Soleus account"));
  await page.getByRole("button", { name: "Create my account" }).click();
  // Attached, not visible: on a phone the header's account line is behind "Menu".
  await expect(page.getByText(`Signed in as ${details.name}`)).toBeAttached();
}

/** A fresh learner, signed in on this page. Returns the email. */
export async function signUp(page: Page, name = "Quiz Learner") {
  const email = `quiz-${Date.now()}-${Math.floor(performance.now())}@example.org`;
  await signUpWith(page, { name, email });
  return email;
}

export async function signIn(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").first().fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Signed in as")).toBeAttached();
}

/** Which control the current question shows. */
export async function questionKind(card: Locator) {
  if ((await card.getByRole("button", { name: /^Move down/ }).count()) > 0) return "ordering";
  if ((await card.getByLabel(/^Blank 1 of/).count()) > 0) return "fill_blanks";
  if ((await card.getByLabel("Your answer (a number)").count()) > 0) return "numeric";
  if ((await card.getByLabel("Your answer", { exact: true }).count()) > 0) return "short_text";
  if ((await card.getByRole("checkbox").count()) > 0) return "multiple_response";
  if ((await card.getByRole("combobox").count()) > 0) return "matching";
  if ((await card.getByRole("radio", { name: "True", exact: true }).count()) > 0)
    return "true_false";
  return "single_choice";
}

/** Answers the question on screen with the keyboard only (a plausible, not necessarily right, answer). Returns its kind. */
export async function answerWithKeyboard(page: Page, options: { expectSave?: boolean } = {}) {
  const card = page.locator(".question-card");
  const kind = await questionKind(card);
  switch (kind) {
    case "single_choice":
    case "true_false":
    case "multiple_response": {
      await tabTo(
        page,
        card.getByRole(kind === "multiple_response" ? "checkbox" : "radio").first(),
      );
      await page.keyboard.press("Space");
      break;
    }
    case "ordering": {
      const first = card.getByRole("button", { name: /^Move down/ }).first();
      const itemName = (await first.textContent())?.replace(/^Move down: /, "") ?? "";
      await tabTo(page, first);
      await page.keyboard.press("Enter");
      await expect(card.getByRole("status")).toHaveText(
        `Moved “${itemName}” to position 2 of ${await card.getByRole("listitem").count()}.`,
      );
      break;
    }
    case "matching": {
      for (const select of await card.getByRole("combobox").all()) {
        await tabTo(page, select);
        await page.keyboard.press("ArrowDown");
      }
      break;
    }
    case "numeric": {
      await tabTo(page, card.getByLabel("Your answer (a number)"));
      await page.keyboard.type("90");
      if ((await card.getByLabel("Unit").count()) > 0) {
        await tabTo(page, card.getByLabel("Unit"));
        await page.keyboard.press("ArrowDown");
      }
      break;
    }
    case "short_text": {
      await tabTo(page, card.getByLabel("Your answer", { exact: true }));
      await page.keyboard.type("Achilles tendon");
      break;
    }
    case "fill_blanks": {
      for (const blank of await card.getByLabel(/^Blank \d+ of/).all()) {
        await tabTo(page, blank);
        await page.keyboard.type("valves");
      }
      break;
    }
  }
  if (options.expectSave ?? true) await expectSaved(page);
  return kind;
}

/** Waits for "Saved your answer to question N." for the question on screen. */
export async function expectSaved(page: Page) {
  const heading = (await page.locator("#question-heading").textContent()) ?? "";
  const number = /Question (\d+) of/.exec(heading)?.[1];
  await expect(page.locator(".save-status__text")).toHaveText(
    `Saved your answer to question ${number}.`,
  );
}

/** Answers the question on screen with the mouse (fast, for tests that are not about the keyboard). */
export async function answerWithMouse(page: Page) {
  const card = page.locator(".question-card");
  const kind = await questionKind(card);
  if (kind === "single_choice" || kind === "true_false")
    await card.getByRole("radio").first().check();
  if (kind === "multiple_response") await card.getByRole("checkbox").first().check();
  if (kind === "ordering")
    await card
      .getByRole("button", { name: /^Move down/ })
      .first()
      .click();
  if (kind === "matching")
    for (const select of await card.getByRole("combobox").all())
      await select.selectOption({ index: 1 });
  if (kind === "numeric") await card.getByLabel("Your answer (a number)").fill("90");
  if (kind === "short_text")
    await card.getByLabel("Your answer", { exact: true }).fill("heel cord");
  if (kind === "fill_blanks")
    for (const blank of await card.getByLabel(/^Blank \d+ of/).all()) await blank.fill("heart");
  await expectSaved(page);
  return kind;
}

/** Opens the final quiz from the course page and starts (or continues) the attempt. Returns the attempt URL. */
export async function openFinalQuiz(page: Page) {
  await page.goto(COURSE);
  await page
    .getByRole("link", { name: /final quiz/i })
    .first()
    .click();
  await page
    .getByRole("button", { name: /^(Start the quiz|Continue attempt \d+|Start a new attempt)$/ })
    .click();
  await expect(page).toHaveURL(/\/attempts\/[0-9a-f-]{36}(\?.*)?$/);
  // A new attempt opens at question 1; a continued one where the learner was last.
  await expect(page.getByRole("heading", { level: 2, name: /^Question \d+ of 27/ })).toBeVisible();
  return page.url().replace(/\?.*$/, "");
}

/** A right answer as a learner who read the lesson gives it: by what the page shows, never by id. */
export type KnownAnswer =
  | { type: "single_choice"; text: string }
  | { type: "multiple_response"; texts: string[] }
  | { type: "true_false"; value: boolean }
  | { type: "ordering"; texts: string[] }
  | { type: "matching"; pairs: [prompt: string, answer: string][] }
  | { type: "numeric"; value: string; unit: string | null }
  | { type: "short_text"; text: string }
  | {
      type: "fill_blanks";
      blanks: ({ kind: "choice"; text: string } | { kind: "text"; text: string })[];
    };

export interface AnswerKeyEntry {
  quiz: string;
  questionId: string;
  prompt: string;
  answer: KnownAnswer;
}

const textOfId = (entries: readonly { id: string; text: string }[], id: string) =>
  entries.find((entry) => entry.id === id)?.text ?? "";

/** The right answer of one authored question, in the words the learner sees. */
function knownAnswer(question: Quiz["questions"][number]): KnownAnswer {
  switch (question.type) {
    case "single_choice":
      return {
        type: "single_choice",
        text: question.options.find((option) => option.correct)?.text ?? "",
      };
    case "multiple_response":
      return {
        type: "multiple_response",
        texts: question.options.filter((option) => option.correct).map((option) => option.text),
      };
    case "true_false":
      return { type: "true_false", value: question.answer };
    case "ordering":
      return { type: "ordering", texts: question.items.map((item) => item.text) };
    case "matching":
      return {
        type: "matching",
        pairs: question.pairs.map((pair) => [
          textOfId(question.prompts, pair.prompt),
          textOfId(question.answers, pair.answer),
        ]),
      };
    case "numeric":
      return {
        type: "numeric",
        value: String(question.answer),
        unit: question.unit?.name ?? question.units?.[0] ?? null,
      };
    case "short_text":
      return { type: "short_text", text: question.accepted[0] ?? "" };
    case "fill_blanks":
      return {
        type: "fill_blanks",
        blanks: question.blanks.map((blank) =>
          blank.kind === "choice"
            ? { kind: "choice", text: blank.options.find((option) => option.correct)?.text ?? "" }
            : { kind: "text", text: blank.accepted[0] ?? "" },
        ),
      };
  }
}

let answerKey: Promise<Map<string, AnswerKeyEntry>> | undefined;

/**
 * The one answer table of the browser tests: every question of the built-in course, keyed by
 * "<quiz id>/<question id>", with its right answer as text. Read from the course files when the
 * tests run (through the content package's own loader), so rewording the course or its keys does
 * not break the tests.
 */
export function loadAnswerKey(): Promise<Map<string, AnswerKeyEntry>> {
  answerKey ??= loadCourseFromFiles(path.join(builtInCoursesDir, "the-second-heart")).then(
    (loaded) => {
      if (loaded.issues.length > 0)
        throw new Error(`the built-in course does not load: ${loaded.issues[0]?.message ?? ""}`);
      const table = new Map<string, AnswerKeyEntry>();
      for (const { data: quiz } of loaded.quizzes.values())
        for (const question of quiz.questions)
          table.set(`${quiz.id}/${question.id}`, {
            quiz: quiz.id,
            questionId: question.id,
            prompt: question.prompt,
            answer: knownAnswer(question),
          });
      return table;
    },
  );
  return answerKey;
}

/** The table's entry for the question on screen (found by its prompt, the way a learner recognises it). */
export async function entryOnScreen(page: Page, quiz: string): Promise<AnswerKeyEntry> {
  const prompt = (
    (await page.locator(".question-card .question-prompt").first().textContent()) ?? ""
  ).trim();
  const entry = [...(await loadAnswerKey()).values()].find(
    (candidate) => candidate.quiz === quiz && candidate.prompt.trim() === prompt,
  );
  if (!entry) throw new Error(`no question of ${quiz} has the prompt "${prompt}"`);
  return entry;
}

/** Answers the question on screen correctly with the mouse, by the texts the learner reads. Returns what was asked. */
export async function answerCorrectly(page: Page, quiz: string): Promise<AnswerKeyEntry> {
  const entry = await entryOnScreen(page, quiz);
  await answerIn(page.locator(".question-card"), entry.answer);
  await expectSaved(page);
  return entry;
}

const KEEP_ORDER = "Keep this order as my answer";

/** "Move up: <item>" (the accessible name's spacing before the colon depends on layout). */
const moveUpName = (item: string) =>
  new RegExp(`^Move up\\s*:\\s*${item.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);

/** Gives `answer` to the question in `card` with the mouse, by the texts the learner reads. */
export async function answerIn(card: Locator, answer: KnownAnswer) {
  switch (answer.type) {
    case "single_choice":
      await card.getByRole("radio", { name: answer.text, exact: true }).check();
      break;
    case "multiple_response":
      for (const text of answer.texts)
        await card.getByRole("checkbox", { name: text, exact: true }).check();
      break;
    case "true_false":
      await card.getByRole("radio", { name: answer.value ? "True" : "False", exact: true }).check();
      break;
    case "short_text":
      await card.getByLabel("Your answer", { exact: true }).fill(answer.text);
      break;
    case "numeric":
      await card.getByLabel("Your answer (a number)").fill(answer.value);
      if (answer.unit !== null && (await card.getByLabel("Unit").count()) > 0)
        await card.getByLabel("Unit").selectOption(answer.unit);
      break;
    case "matching":
      for (const [prompt, match] of answer.pairs)
        await card.getByLabel(prompt, { exact: true }).selectOption({ label: match });
      break;
    case "fill_blanks":
      for (const [index, blank] of answer.blanks.entries()) {
        const field = card.getByLabel(`Blank ${index + 1} of ${answer.blanks.length}`, {
          exact: true,
        });
        if (blank.kind === "choice") await field.selectOption({ label: blank.text });
        else await field.fill(blank.text);
      }
      break;
    case "ordering":
      for (const [position, text] of answer.texts.entries()) {
        const items = card.locator(".ordering-list > li");
        // At most one pass per item: each click moves the item one place up.
        for (const _ of answer.texts) {
          const shown = await items.allTextContents();
          if (shown.findIndex((item) => item.includes(text)) <= position) break;
          await card.getByRole("button", { name: moveUpName(text) }).click();
        }
      }
      // Shown in the right order already (it can be): nothing moved, so the learner says so.
      if ((await card.getByRole("button", { name: KEEP_ORDER }).count()) > 0)
        await card.getByRole("button", { name: KEEP_ORDER }).click();
      break;
  }
}

/** The texts of the options or items on screen, in the order shown. */
export async function shownChoices(page: Page): Promise<string[]> {
  const card = page.locator(".question-card");
  const labels = await card.locator("label").allTextContents();
  const items = await card.locator(".ordering-list > li").allTextContents();
  return [...labels, ...items].map((text) => text.trim());
}
