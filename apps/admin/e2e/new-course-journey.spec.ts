import {
  expect,
  test,
  type Frame,
  type FrameLocator,
  type Locator,
  type Page,
} from "@playwright/test";
import { urls } from "../../../e2e.urls";
import { pngBytes } from "../../../packages/app-runtime/src/images/test-images";
import { captureResponses, leaksIn, shownOptionIds } from "../../web/e2e/answer-leak";
import { answerIn, expectSaved, type KnownAnswer } from "../../web/e2e/quiz-helpers";
import { xssVectors } from "../../../packages/content/src/render/testing/xss-vectors";
import { createAccount, publishQuizDraftAsIs, signIn } from "./fixtures";

const PREVIEW_FRAME = 'iframe[title="Quiz preview, as learners will see it"]';

/**
 * What a coach does from nothing, in a course of its own (the built-in course's specs are left
 * alone): a new course with its details, a lesson written with every block and an uploaded
 * image, its check quiz built with the keyboard alone, a final quiz with every question type,
 * everything published; then a learner reads the lesson and takes the final quiz, and nothing
 * of its key reaches the learner's browser before the attempt is submitted.
 */

type Account = Awaited<ReturnType<typeof createAccount>>;
let coach: Account;
let learner: Account;
const stamp = String(Date.now() % 1_000_000);
const COURSE_TITLE = `Walking for strong legs ${stamp}`;
const LESSON_TITLE = "Walk a little, often";
const CHECK_TITLE = "Walking check";
const FINAL_TITLE = "Walking final quiz";
let coursePath = "";
let finalQuizPath = "";
let learnerCoursePath = "";

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  coach = await createAccount("coach", "Wren Walker");
  learner = await createAccount("learner", "Lee Learner");
});

const status = (page: Page) => page.locator(".save-status");
const card = (page: Page, n: number) =>
  page.getByRole("region", { name: new RegExp(`^Question ${String(n)}:`) });
const preview = (page: Page) =>
  page.frameLocator('iframe[title="Lesson preview, as learners will see it"]');

/** Runs a ConfirmAction ("Publish" → "Yes, publish") and waits for its success message. */
async function confirm(page: Page, scope: Page | Locator, label: string, yes: string) {
  await scope.getByRole("button", { name: label, exact: true }).click();
  await scope.getByRole("button", { name: yes, exact: true }).click();
  const done = scope.getByRole("status").filter({ hasText: /Published/ });
  const refused = scope.getByRole("alert").filter({ hasText: "did not happen" });
  await expect(done.or(refused)).toBeVisible({ timeout: 60_000 });
  expect(await refused.count(), await refused.allTextContents().then((t) => t.join("\n"))).toBe(0);
}

test("a coach creates a course, writes its lesson with every block and an uploaded image, previews it at two text sizes and publishes it", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, coach);
  await page.goto("/courses");
  await page.getByLabel("Course title").fill(COURSE_TITLE);
  await page.getByRole("button", { name: "Create the course" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edit course: ${COURSE_TITLE}`);
  coursePath = new URL(page.url()).pathname;

  const details = page.getByRole("region", { name: "Course details" });
  await details.getByLabel("Summary").fill("Short walks that keep the blood moving in your legs.");
  await details.getByLabel("Who it is for").fill("Adults who sit for most of the day.");
  await details.getByLabel("Minutes in total").fill("15");
  await details.getByRole("button", { name: "Add an objective" }).click();
  const objective = details.getByRole("group", { name: "Objective 1" });
  await objective.getByLabel("Id").fill("keep-blood-moving");
  await objective.getByLabel("Title").fill("Keep the blood moving");
  await objective
    .getByLabel("Description")
    .fill("Know how walking helps blood flow back to the heart.");
  await details.getByRole("button", { name: "Save course details" }).click();
  await expect(details.getByRole("status").getByText("Saved.")).toBeVisible();

  // The lesson's check quiz exists before the lesson can name it (it is written in the next test).
  await page.getByLabel("New quiz title").fill(CHECK_TITLE);
  await page.getByRole("button", { name: "Add the quiz" }).click();
  await expect(page.getByRole("heading", { name: `Edit quiz: ${CHECK_TITLE}` })).toBeVisible();
  await page.goto(coursePath);

  await page.getByLabel("New lesson title").fill(LESSON_TITLE);
  await page.getByRole("button", { name: "Add the lesson" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edit lesson: ${LESSON_TITLE}`);
  await page
    .getByLabel("Summary", { exact: true })
    .fill("Why short walks help the blood in your legs.");
  await page.getByRole("checkbox", { name: "Keep the blood moving" }).check();
  await page.getByLabel("Check quiz").selectOption({ label: CHECK_TITLE });

  // The text: headings, lists and a link by shortcut, then every block, then the image.
  const text = page.locator(".cm-content");
  await text.click();
  const type = (line: string) => page.keyboard.type(line);
  const newParagraph = async () => {
    await page.keyboard.press("Control+End");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
  };
  await type("Why walking helps");
  await page.keyboard.press("Control+Alt+2");
  await newParagraph();
  await type(
    "Your calf muscles squeeze the veins in your legs. Each squeeze pushes blood up to your heart. Sitting still for a long time lets blood pool in your feet.",
  );
  await newParagraph();
  await type("Easy ways to start");
  await page.keyboard.press("Control+Alt+3");
  await newParagraph();
  // Enter on a list item continues the list; the same shortcut on the new, empty item ends it.
  const listItem = async (line: string, shortcut: string) => {
    await type(line);
    await page.keyboard.press(shortcut);
    await page.keyboard.press("Enter");
    await page.keyboard.press(shortcut);
    await page.keyboard.press("Enter");
  };
  await listItem("Stand up once an hour.", "Control+Shift+8");
  await listItem("Walk for five minutes after each meal.", "Control+Shift+7");
  await type("Read again");
  await page.keyboard.press("Control+Shift+ArrowLeft");
  await page.keyboard.press("Control+Shift+ArrowLeft");
  await page.keyboard.press("Control+k");
  await type("#why-walking-helps");
  for (const shortcut of ["Control+Alt+c", "Control+Alt+k", "Control+Alt+e"]) {
    await newParagraph();
    await page.keyboard.press(shortcut);
  }
  await newParagraph();
  await page
    .getByRole("toolbar", { name: "Formatting and blocks" })
    .getByRole("button", {
      name: "Upload image",
    })
    .click();
  const dialog = page.getByRole("dialog", { name: "Upload an image" });
  await dialog.getByLabel("Image file").setInputFiles({
    name: "walk.png",
    mimeType: "image/png",
    buffer: Buffer.from(pngBytes(240 + (Date.now() % 2000), 320)),
  });
  await dialog.getByLabel("Alt text").fill("A person walking up a flight of stairs");
  await dialog.getByLabel("Caption").fill("Stairs work the calf muscles");
  await dialog.getByRole("button", { name: "Upload image" }).click();
  await expect(dialog).toBeHidden();

  const body = page.getByRole("textbox", { name: "Lesson text" });
  await expect(body).toContainText("## Why walking helps");
  await expect(body).toContainText("### Easy ways to start");
  await expect(body).toContainText("- Stand up once an hour.");
  await expect(body).toContainText("1. Walk for five minutes after each meal.");
  await expect(body).toContainText("[Read again](#why-walking-helps)");

  // The preview is the learner site's rendering: every block, the image with its size.
  const frame = preview(page);
  await expect(frame.getByRole("heading", { name: "Why walking helps" })).toBeVisible();
  await expect(frame.getByRole("link", { name: "Read again" })).toHaveAttribute(
    "href",
    "#why-walking-helps",
  );
  await expect(frame.getByText("Write the callout here.")).toBeVisible();
  await expect(frame.getByText("First point")).toBeVisible();
  await expect(frame.getByRole("heading", { name: "Exercise name" })).toBeVisible();
  const image = frame.locator('figure img[alt="A person walking up a flight of stairs"]');
  await expect(image).toHaveAttribute("height", "320");
  await expect(image).toHaveAttribute("width", /^\d+$/);
  const before = await frame.getByText("Your calf muscles squeeze").boundingBox();
  await page.getByRole("radio", { name: "Largest" }).check();
  await expect(frame.locator("html")).toHaveAttribute("data-text-size", "largest");
  const after = await frame.getByText("Your calf muscles squeeze").boundingBox();
  expect(after?.height ?? 0).toBeGreaterThan((before?.height ?? 0) * 1.5);
  await expect(frame.getByText("Stairs work the calf muscles")).toBeVisible();

  await expect(page.getByText("No problems found.")).toBeVisible();
  await expect(status(page)).toHaveText(/^Saved \d\d:\d\d$/, { timeout: 15_000 });
  await confirm(page, page, "Publish", "Yes, publish");
});

/** Presses Tab (or Shift+Tab) until `target` has focus: the way a keyboard user gets there. */
async function tabTo(page: Page, target: Locator, key: "Tab" | "Shift+Tab" = "Tab", most = 60) {
  for (let presses = 0; presses < most; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

test("keyboard alone: the coach writes the lesson's check quiz — adds, fills, duplicates, reorders and deletes questions — and publishes it", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, coach);
  await page.goto(coursePath);
  await tabTo(page, page.getByRole("link", { name: `Edit quiz “walking-check”` }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: `Edit quiz: ${CHECK_TITLE}` })).toBeVisible();
  const keys = page.keyboard;

  /** Picks `type` in "New question type" with the arrow keys and adds the question. */
  const add = async (type: string, n: number) => {
    const select = page.getByLabel("New question type");
    await tabTo(page, select);
    for (let step = 0; step < 8; step += 1) {
      if ((await select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text)) === type)
        break;
      await keys.press("ArrowDown");
    }
    await keys.press("Tab");
    await expect(page.getByRole("button", { name: "Add the question" })).toBeFocused();
    await keys.press("Enter");
    await expect(card(page, n)).toBeFocused();
  };
  /** Tab to a field of question `n` and type into it. */
  const write = async (n: number, label: string | RegExp, text: string) => {
    const field = card(page, n).getByLabel(label, { exact: typeof label === "string" });
    await tabTo(page, field);
    await keys.press("Control+a");
    await keys.insertText(text); // typed as one input (as a paste or IME does): faster than per key
  };
  /** The objective, and the lesson's first heading as the section to read again. */
  const objectiveAndSection = async (n: number) => {
    await tabTo(page, card(page, n).getByRole("checkbox", { name: "Keep the blood moving" }));
    await keys.press("Space");
    const lesson = card(page, n).getByLabel("Lesson that teaches this");
    await expect(lesson).toHaveValue("walk-a-little-often");
    await tabTo(page, card(page, n).getByLabel("Section to read again (a heading of that lesson)"));
    await keys.press("ArrowDown");
  };

  await add("True or false", 1);
  await write(1, "Question 1 prompt", "Walking after a meal helps the blood in your legs.");
  await write(
    1,
    "Feedback when the learner answers False (optional)",
    "It does help: each step pumps blood back up.",
  );
  await write(1, "Misconception behind the wrong answer (optional)", "walking-does-not-help");
  await write(1, "Explanation (shown after submitting)", "Each step squeezes the leg veins.");
  await objectiveAndSection(1);

  // A second statement: duplicate the first, then reword it.
  await tabTo(page, card(page, 1).getByRole("button", { name: /^Duplicate/ }), "Shift+Tab");
  await keys.press("Enter");
  await expect(card(page, 2)).toBeFocused();
  await write(2, "Question 2 prompt", "Standing up once an hour helps the blood in your legs.");

  await add("Numeric", 3);
  await write(3, "Question 3 prompt", "How many minutes should you walk after each meal?");
  await write(3, "The right number", "5");
  await write(3, "How far off still counts as right", "1");
  await write(3, "Unit (optional)", "minutes");
  await write(3, "Explanation (shown after submitting)", "The lesson says five minutes.");
  await objectiveAndSection(3);

  // One too many: added, then deleted after the confirm.
  await add("Short text", 4);
  await tabTo(page, card(page, 4).getByRole("button", { name: /^Delete/ }));
  await keys.press("Enter");
  await expect(card(page, 4).getByRole("button", { name: "Yes, delete question 4" })).toBeFocused();
  await keys.press("Enter");
  await expect(page.getByRole("region", { name: /^Question \d:/ })).toHaveCount(3);
  await expect(page.getByRole("button", { name: "Undo the delete" })).toBeFocused();

  // Reorder: the numeric question up with its button, then back down with Alt+ArrowDown.
  await tabTo(page, card(page, 3).getByRole("button", { name: /^Move up/ }));
  await keys.press("Enter");
  await expect(card(page, 2)).toContainText("Numeric");
  await expect(card(page, 2)).toBeFocused();
  await keys.press("Alt+ArrowDown");
  await expect(card(page, 3)).toContainText("Numeric");

  await expect(page.locator("#quiz-checks-summary")).toHaveText(
    "No problems found: the quiz can be published.",
  );
  await expect(status(page)).toHaveText(/^Saved \d\d:\d\d$/, { timeout: 15_000 });
  await tabTo(page, page.getByRole("button", { name: "Publish", exact: true }), "Shift+Tab", 200);
  await keys.press("Enter");
  await keys.press("Tab");
  await expect(page.getByRole("button", { name: "Yes, publish" })).toBeFocused();
  await keys.press("Enter");
  await expect(page.getByText(/^Published as revision \d+/)).toBeVisible({ timeout: 60_000 });
});

/** The final quiz as the coach writes it: what each question's fields get, and its right answer. */
interface Authored {
  type: string;
  prompt: string;
  explanation: string;
  fill: (question: Locator) => Promise<void>;
  answer: KnownAnswer;
  /** Key material only (feedback, misconceptions, accepted answers): never sent before submitting. */
  secrets: string[];
}

const choice = async (
  question: Locator,
  options: { text: string; feedback: string; misconception?: string }[],
) => {
  for (const [index, option] of options.entries()) {
    const n = String(index + 1);
    await question.getByLabel(`Option ${n} text`, { exact: true }).fill(option.text);
    await question
      .getByLabel(`Feedback when option ${n} is picked (optional)`, { exact: true })
      .fill(option.feedback);
    if (option.misconception)
      await question
        .getByLabel(`Misconception behind option ${n} (optional)`, { exact: true })
        .fill(option.misconception);
  }
};

const QUESTIONS: Authored[] = [
  {
    type: "Single choice",
    prompt: "Which muscles pump blood from your legs back up to your heart?",
    explanation: "The calf muscles press on the leg veins each time you take a step.",
    fill: (q) =>
      choice(q, [
        { text: "The calf muscles", feedback: "Yes: every step works them." },
        {
          text: "The upper arm muscles",
          feedback: "Your arms do not press on the veins in your legs.",
          misconception: "arms-pump-leg-blood",
        },
        {
          text: "The muscles of the neck",
          feedback: "The neck is far away from the veins in your legs.",
          misconception: "neck-pumps-leg-blood",
        },
      ]),
    answer: { type: "single_choice", text: "The calf muscles" },
    secrets: [],
  },
  {
    type: "Multiple response",
    prompt: "Which of these help blood flow back up from your legs?",
    explanation: "Walking and calf raises both make the calf muscles work.",
    fill: async (q) => {
      await q.getByLabel("Scoring").selectOption("right_minus_wrong");
      await choice(q, [
        { text: "Going for a walk", feedback: "Right: walking works the calf muscles." },
        { text: "Doing calf raises", feedback: "Right: each raise works the calf muscles." },
        {
          text: "Sitting still for hours",
          feedback: "Sitting still lets blood pool in your feet.",
          misconception: "rest-helps-blood-flow",
        },
      ]);
    },
    answer: { type: "multiple_response", texts: ["Going for a walk", "Doing calf raises"] },
    secrets: [],
  },
  {
    type: "True or false",
    prompt: "Walking after a meal helps the blood in your legs.",
    explanation: "Every step works the calf muscles, which push blood upward.",
    fill: async (q) => {
      await q
        .getByLabel("Feedback when the learner answers True (optional)")
        .fill("Right: the calf muscles work with every step.");
      await q
        .getByLabel("Feedback when the learner answers False (optional)")
        .fill("It does help: each step pumps blood back up.");
      await q
        .getByLabel("Misconception behind the wrong answer (optional)")
        .fill("walking-does-not-help");
    },
    answer: { type: "true_false", value: true },
    secrets: [],
  },
  {
    type: "Ordering",
    prompt: "Put the steps of a calf raise in order.",
    explanation: "Start tall, rise up, then lower your heels slowly.",
    fill: async (q) => {
      await q.getByLabel("Scoring").selectOption({ label: "Points only for the exact order" });
      await q.getByLabel("Item 1", { exact: true }).fill("Stand tall with your feet flat");
      await q.getByLabel("Item 2", { exact: true }).fill("Rise slowly onto your toes");
      await q.getByLabel("Item 3", { exact: true }).fill("Lower your heels back down");
    },
    answer: {
      type: "ordering",
      texts: [
        "Stand tall with your feet flat",
        "Rise slowly onto your toes",
        "Lower your heels back down",
      ],
    },
    secrets: [],
  },
  {
    type: "Matching",
    prompt: "Match each habit to what it does to the blood in your legs.",
    explanation: "Moving pushes blood up; sitting still lets it collect low down.",
    fill: async (q) => {
      await q.getByLabel("Answer 1", { exact: true }).fill("Pushes it back up");
      await q.getByLabel("Answer 2", { exact: true }).fill("Lets it collect in the feet");
      await q.getByRole("button", { name: "Add an answer" }).click();
      await q.getByLabel("Answer 3", { exact: true }).fill("Turns it a darker red");
      await q.getByLabel("Prompt 1", { exact: true }).fill("A short walk");
      await q.getByLabel("Prompt 2", { exact: true }).fill("Sitting for hours");
      await expect(q.getByLabel("Prompt 2 matches")).toHaveValue("a2");
    },
    answer: {
      type: "matching",
      pairs: [
        ["A short walk", "Pushes it back up"],
        ["Sitting for hours", "Lets it collect in the feet"],
      ],
    },
    secrets: [],
  },
  {
    type: "Numeric",
    prompt:
      "You walk for five minutes after each of three meals. How many minutes is that in a day?",
    explanation: "Three walks of five minutes make a quarter of an hour.",
    fill: async (q) => {
      await q.getByLabel("The right number").fill("15");
      await q.getByLabel("Tolerance", { exact: true }).selectOption("absolute");
      await q.getByLabel("How far off still counts as right").fill("1");
      await q.getByLabel("Unit (optional)", { exact: true }).fill("minutes");
      await q.getByLabel("Other spellings of the unit (optional)").fill("min, mins");
      await q.getByLabel("Points").fill("2");
    },
    answer: { type: "numeric", value: "15", unit: "minutes" },
    secrets: [],
  },
  {
    type: "Short text",
    prompt: "Which joint bends when you rise onto your toes?",
    explanation: "Rising onto your toes bends the joint just above the foot.",
    fill: async (q) => {
      await q.getByLabel("Accepted answers").fill("ankle\nankles\nthe ankle");
      await q
        .getByLabel("Pattern that also counts as right (optional, a regular expression)")
        .fill("^(my |the )?ankles?$");
    },
    answer: { type: "short_text", text: "Ankle" },
    secrets: ["ankle", "(my |the )?ankles?"],
  },
  {
    type: "Fill in the blanks",
    prompt: "Fill in the blanks.",
    explanation: "The squeeze of each step sends blood up towards the heart.",
    fill: async (q) => {
      await q.getByRole("button", { name: "Add a blank" }).click();
      await q
        .getByLabel("Text with blanks")
        .fill("Each step {{b1}} the veins in your legs, and blood flows {{b2}} to the heart.");
      await q.getByLabel("Blank b1: accepted answers").fill("squeezes\npresses");
      await q.getByLabel("Blank b2: how learners fill it").selectOption("choice");
      await q.getByLabel("Blank b2, option 1").fill("up");
      await q.getByLabel("Blank b2, option 2").fill("down");
    },
    answer: {
      type: "fill_blanks",
      blanks: [
        { kind: "text", text: "squeezes" },
        { kind: "choice", text: "up" },
      ],
    },
    secrets: ["squeezes", "presses"],
  },
];

/** Twelve more statements, all true, for a pool that draws one: the final quiz needs 20 questions. */
const SPARES = [
  "Walking up stairs works the calf muscles.",
  "A short walk after sitting helps the blood in your legs.",
  "Calf raises can be done while you wait for the kettle.",
  "Standing up once an hour helps the blood in your legs.",
  "Your calf muscles help push blood back to your heart.",
  "Rising onto your toes works the calf muscles.",
  "Moving your feet while you sit helps the blood flow.",
  "A walk of five minutes is a good start.",
  "Sitting still for hours lets blood pool in your feet.",
  "Taking the stairs is a good way to work your legs.",
  "Short walks spread across the day help your legs.",
  "Your legs have veins that carry blood back to the heart.",
];
const SPARE_FEEDBACK = "It is true: moving your legs helps the blood flow.";

/** Everything of the final quiz a learner must not receive before submitting. */
const finalQuizSecrets = (): string[] => [
  ...QUESTIONS.flatMap((q) => [q.explanation, ...q.secrets]),
  "Yes: every step works them.",
  "Your arms do not press on the veins in your legs.",
  "arms-pump-leg-blood",
  "The neck is far away from the veins in your legs.",
  "neck-pumps-leg-blood",
  "Right: walking works the calf muscles.",
  "Right: each raise works the calf muscles.",
  "Sitting still lets blood pool in your feet.",
  "rest-helps-blood-flow",
  "Right: the calf muscles work with every step.",
  "It does help: each step pumps blood back up.",
  "walking-does-not-help",
  SPARE_FEEDBACK,
  "moving-does-not-help",
  "Moving your legs helps the blood flow back to the heart.",
];

async function fillBasics(page: Page, n: number, prompt: string, explanation: string) {
  const question = card(page, n);
  await question.getByLabel(`Question ${String(n)} prompt`).fill(prompt);
  await question.getByLabel("Explanation (shown after submitting)").fill(explanation);
  await question.getByRole("checkbox", { name: "Keep the blood moving" }).check();
  await question.getByLabel("Lesson that teaches this").selectOption({ label: LESSON_TITLE });
  await question
    .getByLabel("Section to read again (a heading of that lesson)")
    .selectOption({ label: "Why walking helps" });
}

test("the final quiz has every question type: the coach fixes a key-position problem, previews it as a learner, publishes it, then publishes the course", async ({
  page,
}) => {
  // Twenty questions through the forms, and two publishes that run the whole content check.
  test.setTimeout(180_000);
  await signIn(page, coach);
  await page.goto(coursePath);
  await page.getByLabel("New quiz title").fill(FINAL_TITLE);
  await page.getByLabel("Kind of quiz").selectOption("final");
  await page.getByRole("button", { name: "Add the quiz" }).click();
  await expect(page.getByRole("heading", { name: `Edit quiz: ${FINAL_TITLE}` })).toBeVisible();
  finalQuizPath = new URL(page.url()).pathname;

  // Options in the order written: the key-position check applies.
  await page.getByLabel("Shuffle the options of each question").uncheck();
  for (const [index, authored] of QUESTIONS.entries()) {
    await page.getByLabel("New question type").selectOption({ label: authored.type });
    await page.getByRole("button", { name: "Add the question" }).click();
    await fillBasics(page, index + 1, authored.prompt, authored.explanation);
    await authored.fill(card(page, index + 1));
  }
  // All the right options of question 2 come first: the check says so beside them; moving the
  // wrong option up fixes it.
  const keyPosition = card(page, 2).locator("#q-q2-options-problems");
  await expect(keyPosition).toContainText("All the correct options come before the wrong ones");
  await card(page, 2)
    .getByRole("button", { name: /^Up\W+option 3$/ })
    .click();
  await expect(keyPosition).toHaveCount(0);

  // The spares: one written, tagged, duplicated and reworded; a pool draws one of them.
  await page.getByLabel("New question type").selectOption({ label: "True or false" });
  await page.getByRole("button", { name: "Add the question" }).click();
  const first = 9;
  await fillBasics(
    page,
    first,
    SPARES[0] ?? "",
    "Moving your legs helps the blood flow back to the heart.",
  );
  await card(page, first)
    .getByLabel("Feedback when the learner answers False (optional)")
    .fill(SPARE_FEEDBACK);
  await card(page, first)
    .getByLabel("Misconception behind the wrong answer (optional)")
    .fill("moving-does-not-help");
  await card(page, first).getByLabel("Tags (for pools and results)").fill("spare");
  await card(page, first).getByLabel("Tags (for pools and results)").press("Enter");
  for (const [offset, statement] of SPARES.entries()) {
    if (offset === 0) continue;
    const n = first + offset;
    await card(page, n - 1)
      .getByRole("button", { name: /^Duplicate/ })
      .click();
    await card(page, n)
      .getByLabel(`Question ${String(n)} prompt`)
      .fill(statement);
  }
  await expect(page.getByRole("region", { name: /^Question \d+:/ })).toHaveCount(20);
  await page.getByRole("button", { name: "Add a pool" }).click();
  await expect(page.getByLabel("Pool 1: the tag")).toHaveValue("spare");
  await expect(page.getByLabel("Pool 1: questions to draw")).toHaveValue("1");
  await expect(page.locator("#quiz-checks-summary")).toHaveText(
    "No problems found: the quiz can be published.",
  );

  // Preview as a learner: the learner's pages in a frame, scored in this browser. The eight written
  // questions and one spare, answered, the single-choice one wrongly.
  await page.getByRole("button", { name: "Preview as a learner" }).click();
  const preview = page.frameLocator(PREVIEW_FRAME);
  await preview.getByRole("button", { name: "Start the quiz" }).click();
  await throughQuestions(preview, 9, async () => {
    const shown = preview.locator(".question-card");
    const answer = await knownAnswerOnScreen(preview);
    if (answer.type === "single_choice")
      await shown.getByRole("radio", { name: "The upper arm muscles" }).check();
    else await answerIn(shown, answer);
  });
  await preview.getByRole("button", { name: "Finish and submit" }).click();
  await preview.getByRole("button", { name: "Submit my answers" }).click();
  // 9 of 10 points: everything but the single-choice question.
  await expect(preview.getByRole("heading", { level: 2, name: "90% — Passed" })).toBeVisible();
  await expect(
    preview.getByText("Your arms do not press on the veins in your legs."),
  ).toBeVisible();
  await expect(preview.getByText(QUESTIONS[5]?.explanation ?? "")).toBeVisible();
  await page.getByRole("button", { name: "Close the preview" }).click();

  await expect(status(page)).toHaveText(/^Saved \d\d:\d\d$/, { timeout: 15_000 });
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await page.getByRole("button", { name: "Yes, publish" }).click();
  await expect(page.getByText(/^Published as revision \d+/)).toBeVisible({ timeout: 60_000 });

  await page.goto(coursePath);
  const publishing = page.getByRole("region", { name: "Publishing" });
  await publishing.getByRole("button", { name: "Publish the course" }).click();
  await publishing.getByRole("button", { name: "Yes, publish the course" }).click();
  const refused = publishing.getByRole("alert");
  await expect(
    publishing
      .getByRole("status")
      .getByText(/Published/)
      .or(refused),
  ).toBeVisible({
    timeout: 60_000,
  });
  expect(await refused.allTextContents()).toEqual([]);
});

/** Goes through a quiz one question a page, doing `onEach` on question 1, 2, … `count`. */
async function throughQuestions(
  screen: Page | FrameLocator,
  count: number,
  onEach: (question: number) => Promise<void>,
) {
  for (let question = 1; question <= count; question += 1) {
    await expect(
      screen.getByRole("heading", {
        level: 2,
        name: new RegExp(`^Question ${String(question)} of ${String(count)}`),
      }),
    ).toBeVisible();
    await onEach(question);
    if (question < count) await screen.getByRole("button", { name: "Next question" }).click();
  }
}

/** The right answer to the question on the learner's screen, found by its prompt. */
async function knownAnswerOnScreen(screen: Page | FrameLocator): Promise<KnownAnswer> {
  const prompt = (
    (await screen.locator(".question-card .question-prompt").first().textContent()) ?? ""
  ).trim();
  const authored = QUESTIONS.find((q) => q.prompt === prompt);
  if (authored) return authored.answer;
  if (SPARES.includes(prompt)) return { type: "true_false", value: true };
  throw new Error(`no question has the prompt "${prompt}"`);
}

// The answer key's fields by name: none of them may reach the browser before the submit. (The
// quiz's "feedback" setting is public; per-option feedback is caught by its texts.)
const KEY_FIELDS = [
  '"correct":',
  '"accepted":',
  '"pattern":',
  '"tolerance":',
  '"pairs":',
  '"feedbackTrue":',
  '"feedbackFalse":',
  '"explanation":',
  '"misconception":',
];

test("a learner finds the new course, reads the lesson and takes the final quiz; nothing of its key reaches the browser before submitting", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ baseURL: urls.web });
  const page = await context.newPage();
  await signIn(page, learner);
  await expect(async () => {
    await page.goto("/courses");
    await expect(page.getByRole("link", { name: COURSE_TITLE, exact: true })).toBeVisible({
      timeout: 1000,
    });
  }).toPass({ timeout: 10_000 });
  await page.getByRole("link", { name: COURSE_TITLE, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(COURSE_TITLE);
  learnerCoursePath = new URL(page.url()).pathname;
  await page.getByRole("link", { name: `Lesson 1: ${LESSON_TITLE}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(LESSON_TITLE);
  const lesson = page.locator("article#lesson");
  await expect(lesson.getByRole("heading", { name: "Why walking helps" })).toBeVisible();
  await expect(lesson.getByRole("link", { name: "Read again" })).toHaveAttribute(
    "href",
    "#why-walking-helps",
  );
  await expect(lesson.getByText("Write the callout here.")).toBeVisible();
  await expect(lesson.getByText("First point")).toBeVisible();
  await expect(lesson.getByRole("heading", { name: "Exercise name" })).toBeVisible();
  // The image's space is reserved by its size attributes, before any of it has loaded.
  const image = lesson.locator('figure img[alt="A person walking up a flight of stairs"]');
  await expect(image).toHaveAttribute("height", "320");
  await expect(image).toHaveAttribute("width", /^\d+$/);
  await expect(lesson.getByText("Stairs work the calf muscles")).toBeVisible();

  await page.goBack();
  const capture = await captureResponses(page);
  await page.getByRole("link", { name: "Go to the final quiz" }).click();
  await page.getByRole("button", { name: "Start the quiz" }).click();
  const kinds = new Set<string>();
  await throughQuestions(page, 9, async () => {
    const answer = await knownAnswerOnScreen(page);
    kinds.add(answer.type);
    await answerIn(page.locator(".question-card"), answer);
    await expectSaved(page);
  });
  expect(kinds.size).toBe(8);
  await page.getByRole("button", { name: "Finish and submit" }).click();
  await expect(page.getByRole("dialog", { name: "Submit your answers?" })).toBeVisible();
  const responses = await capture.stop();

  expect(
    responses.filter(({ url }) => url.includes("attempts.saveResponse")).length,
  ).toBeGreaterThanOrEqual(9);
  expect(leaksIn(responses, finalQuizSecrets())).toEqual([]);
  const data = responses.filter(({ url }) => !url.endsWith(".js"));
  expect(leaksIn(data, KEY_FIELDS)).toEqual([]);
  // Starting the attempt is a server action on the quiz's page: its answer holds the questions.
  const shownIds = shownOptionIds(responses, (url) => /\/(attempts|quiz)\//.test(url));
  expect(shownIds.length).toBeGreaterThan(15);
  expect(shownIds.filter((id) => !/^[0-9a-z]{8}$/.test(id))).toEqual([]);

  await page.getByRole("button", { name: "Submit my answers" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Your result/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "100% — Passed" })).toBeVisible();
  await expect(page.getByText(QUESTIONS[4]?.explanation ?? "")).toBeVisible();
  await context.close();
});

// What a vector would leave behind if it got through: elements and attributes that run code.
// (React's own forms carry action="javascript:throw …": only a vector's alert counts there.)
const INJECTED =
  "script:not([src^='/_next/']):not([id]), iframe:not(.lesson-preview__frame), object, embed, svg, math, [onerror], [onload], [onmouseover], [onclick], [onfocus], [ontoggle], [style*='javascript'], a[href^='javascript'], a[href^='data'], a[href^='vbscript'], base, meta[http-equiv], form[action*='alert(']";

/** Scripts a vector would have added (page data such as self.__next_f.push(…) is not code). */
const vectorScripts = (page: Page | Frame) =>
  page.evaluate(() =>
    Array.from(document.scripts)
      .filter((script) => ["", "text/javascript", "module"].includes(script.type))
      .filter(
        (script) =>
          (script.text.includes("alert(") && !/^\(?self\.__next_f\.push\(/.test(script.text)) ||
          script.src.includes("evil.example"),
      )
      .map((script) => script.outerHTML.slice(0, 160)),
  );

test("script typed into every text field of the quiz stays inert in the editor, the preview and the learner site", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await signIn(page, coach);
  await page.goto(finalQuizPath);
  const vectors = xssVectors.map(([, markdown]) => markdown);
  let next = 0;
  /** The next vector, after `text` (each field gets its own; the prompts get all of them). */
  const withVector = (text: string) => `${text} ${vectors[next++ % vectors.length] ?? ""}`;
  // Exercise-block vectors are lesson markup, and long: the prompts get every inline one.
  const all = vectors.filter((vector) => vector.length < 120).join(" ");
  const title = withVector(FINAL_TITLE);
  await page.getByLabel("Quiz title").fill(title);
  const fields: [n: number, label: string][] = [
    [1, "Option 1 text"],
    [1, "Option 2 text"],
    [1, "Option 3 text"],
    [1, "Feedback when option 1 is picked (optional)"],
    [1, "Feedback when option 2 is picked (optional)"],
    [2, "Option 1 text"],
    [2, "Feedback when option 3 is picked (optional)"],
    [3, "Feedback when the learner answers True (optional)"],
    [3, "Feedback when the learner answers False (optional)"],
    [4, "Item 1"],
    [4, "Item 2"],
    [4, "Item 3"],
    [5, "Prompt 1"],
    [5, "Prompt 2"],
    [5, "Answer 1"],
    [5, "Answer 2"],
    [5, "Answer 3"],
    [7, "Accepted answers"],
    [8, "Text with blanks"],
    [8, "Blank b1: accepted answers"],
    [8, "Blank b2, option 1"],
    [8, "Blank b2, option 2"],
  ];
  for (const [n, label] of fields) {
    const field = card(page, n).getByLabel(label, { exact: true });
    await field.fill(withVector(await field.inputValue()));
  }
  // Units are short (32 characters): this one is a vector alone.
  await card(page, 6)
    .getByLabel("Unit (optional)", { exact: true })
    .fill("<img src=x onerror=alert(1)>");
  for (const [index, authored] of QUESTIONS.entries()) {
    const n = index + 1;
    await card(page, n)
      .getByLabel(`Question ${String(n)} prompt`)
      .fill(`${authored.prompt} ${all}`);
    await card(page, n)
      .getByLabel("Explanation (shown after submitting)")
      .fill(withVector(authored.explanation));
  }
  await expect(status(page)).toHaveText(/^Saved \d\d:\d\d$/, { timeout: 15_000 });

  // The editor: every value is text in its field, nothing of it is markup on the page.
  await page.reload();
  await expect(page.getByLabel("Quiz title")).toHaveValue(title);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edit quiz: ${title}`);
  expect(await page.locator(`main :is(${INJECTED})`).count()).toBe(0);
  expect(await vectorScripts(page)).toEqual([]);

  // The preview (the learner's pages in a frame), on every question and after submitting
  // (feedback and explanations are shown then).
  await page.getByRole("button", { name: "Preview as a learner" }).click();
  const preview = page.frameLocator(PREVIEW_FRAME);
  await preview.getByRole("button", { name: "Start the quiz" }).click();
  await throughQuestions(preview, 9, async (question) => {
    expect(await preview.locator(INJECTED).count()).toBe(0);
    if (question === 1) await preview.locator(".question-card").getByRole("radio").first().check();
  });
  const framed = await (await page.locator(PREVIEW_FRAME).elementHandle()).contentFrame();
  if (!framed) throw new Error("the preview has no frame");
  expect(await vectorScripts(framed)).toEqual([]);
  await preview.getByRole("button", { name: "Finish and submit" }).click();
  await preview.getByRole("button", { name: "Submit my answers" }).click();
  await expect(preview.getByRole("heading", { name: /^Your result — / })).toBeVisible();
  await expect(preview.getByText(/^Why:/).first()).toBeVisible();
  expect(await preview.locator(INJECTED).count()).toBe(0);
  expect(await vectorScripts(framed)).toEqual([]);
  expect(await vectorScripts(page)).toEqual([]);
  await page.getByRole("button", { name: "Close the preview" }).click();

  // The learner site: the same texts, published as they are (see publishQuizDraftAsIs).
  await publishQuizDraftAsIs(finalQuizPath.split("/").at(-1) ?? "");
  const context = await browser.newContext({ baseURL: urls.web });
  const learnerPage = await context.newPage();
  learnerPage.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await signIn(learnerPage, learner);
  const quizUrl = `${learnerCoursePath}/quiz/walking-final-quiz`;
  await expect(async () => {
    await learnerPage.goto(quizUrl);
    await expect(learnerPage.getByRole("heading", { level: 1 })).toHaveText(title, {
      timeout: 1000,
    });
  }).toPass({ timeout: 10_000 });
  await learnerPage.getByRole("button", { name: "Start a new attempt" }).click();
  await throughQuestions(learnerPage, 9, async (question) => {
    expect(await learnerPage.locator(`main :is(${INJECTED})`).count()).toBe(0);
    if (question === 1) {
      await learnerPage.locator(".question-card").getByRole("radio").first().check();
      await expectSaved(learnerPage);
    }
  });
  expect(await vectorScripts(learnerPage)).toEqual([]);
  await learnerPage.getByRole("button", { name: "Finish and submit" }).click();
  await learnerPage.getByRole("button", { name: "Submit my answers" }).click();
  await expect(learnerPage.getByRole("heading", { level: 1, name: /^Your result/ })).toBeVisible();
  await expect(learnerPage.getByText(/^Why:/).first()).toBeVisible();
  expect(await learnerPage.locator(`main :is(${INJECTED})`).count()).toBe(0);
  expect(await vectorScripts(learnerPage)).toEqual([]);
  await learnerPage.mouse.move(200, 300);
  await learnerPage.waitForTimeout(300); // a late onerror/onload would have fired by now
  expect(dialogs).toEqual([]);
  await context.close();
});
