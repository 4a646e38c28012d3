import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "../../web/e2e/axe";
import { createStaff, generateAttempts, signInToAdmin } from "./results-fixtures";

/*
 * The results review in a real browser on a database filled by the generator (1,500
 * attempts, no sign-up through the UI): an admin filters a quiz, sorts the item table, opens a
 * question's options chart and its table, drills into a learner and downloads a CSV whose rows
 * match the filter; a coach sees only their own courses. axe on every page.
 */

test.describe.configure({ mode: "serial" });

let admin: Awaited<ReturnType<typeof createStaff>>;
let coach: Awaited<ReturnType<typeof createStaff>>;

test.beforeAll(async () => {
  admin = await createStaff("admin", "Rita Results");
  coach = await createStaff("coach", "Colin Coach");
  await generateAttempts(1500, `e2e${String(Date.now())}`);
});

/** RFC 4180 rows (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = "";
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    if (quoted) {
      if (char === '"' && text.charAt(i + 1) === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") endField();
    else if (char === "\n" || char === "\r") {
      if (char === "\r" && text.charAt(i + 1) === "\n") i += 1;
      endField();
      rows.push(row);
      row = [];
    } else field += char;
  }
  if (field !== "" || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

/** The numbers in one column of a table's body, in row order (null for "Too few…" or "–"). */
async function columnNumbers(page: Page, caption: string, column: number) {
  const cells = await page
    .getByRole("table", { name: caption })
    .locator("tbody tr")
    .evaluateAll(
      (rows, index) => rows.map((row) => row.children[index]?.textContent ?? ""),
      column,
    );
  return cells.map((text) => {
    const match = /^-?\d+(\.\d+)?/.exec(text.trim());
    return match ? Number(match[0]) : null;
  });
}

test("an admin filters a quiz, sorts its items, reads a question's options and a learner's answers, and downloads the filtered CSV", async ({
  page,
}) => {
  await signInToAdmin(page, admin);
  await page.goto("/results");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "The Second Heart" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Results: / })).toBeVisible();
  await expect(page.getByRole("table", { name: "Attempts and mean score by week" })).toBeVisible();
  await expect(
    page.getByRole("table", { name: "Learners at each mastery level, per objective" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // The final quiz, filtered to each learner's first attempt.
  await page
    .getByRole("table", { name: "Quizzes: one row per quiz" })
    .getByRole("row")
    .filter({ hasText: "Final quiz" })
    .getByRole("link")
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: /^Quiz results: / })).toBeVisible();
  await page.getByLabel("Which attempts count").selectOption("first");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]attempts=first/);
  await expect(page.getByText("Showing: Each learner's first attempt")).toBeVisible();
  await expect(
    page.getByRole("table", { name: "Score distribution: attempts per score band" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  // At phone width the page itself never scrolls sideways (wide tables scroll in their own region).
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 1280, height: 800 });

  // Sort the item table by facility, both ways.
  const items = "Item analysis: one row per question";
  const facilityHeader = page.getByRole("columnheader", { name: /Facility/ });
  await facilityHeader.getByRole("button").click();
  await expect(facilityHeader).toHaveAttribute("aria-sort", "ascending");
  const ascending = (await columnNumbers(page, items, 3)).filter((n) => n !== null);
  expect(ascending.length).toBeGreaterThan(1);
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  await facilityHeader.getByRole("button").click();
  await expect(facilityHeader).toHaveAttribute("aria-sort", "descending");
  const descending = (await columnNumbers(page, items, 3)).filter((n) => n !== null);
  expect(descending).toEqual([...ascending].sort((a, b) => b - a));

  // A choice question: its options by thirds, as a chart and as a table.
  const quizUrl = page.url();
  await page
    .getByRole("table", { name: items })
    .getByRole("row")
    .filter({ hasText: "single choice" })
    .getByRole("link")
    .first()
    .click();
  await expect(page).toHaveURL(/\/questions\/.+attempts=first/);
  const figure = page.getByRole("figure", { name: "Who chose each option, by third" });
  await expect(figure.locator(".chart-figure__chart svg").first()).toBeVisible();
  const optionsTable = page.getByRole("table", {
    name: "Who chose each option: attempts in each third, and in all",
  });
  await expect(optionsTable.getByRole("cell", { name: "Correct", exact: true })).toHaveCount(1);
  const counts = await columnNumbers(
    page,
    "Who chose each option: attempts in each third, and in all",
    5,
  );
  expect(counts.reduce((sum: number, n) => sum + (n ?? 0), 0)).toBeGreaterThan(0);
  await expectNoAxeViolations(page);

  // The CSV of responses with the same filter: one quiz, first attempts only.
  await page.goto(quizUrl);
  const attemptsCounted = Number(
    (
      await page
        .locator(".results-stats dt", { hasText: "Attempts counted" })
        .locator("+ dd")
        .textContent()
    )?.replaceAll(",", ""),
  );
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Attempts (CSV)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/first/);
  const [header = [], ...rows] = parseCsv(readFileSync(await download.path(), "utf8"));
  expect(rows).toHaveLength(attemptsCounted);
  const quizColumn = header.indexOf("quiz");
  expect(quizColumn).toBeGreaterThanOrEqual(0);
  expect(new Set(rows.map((row) => row[quizColumn])).size).toBe(1);
  const learnerColumn = header.indexOf("learner_id");
  expect(learnerColumn).toBeGreaterThanOrEqual(0);
  // First attempts only: each learner once.
  expect(new Set(rows.map((row) => row[learnerColumn])).size).toBe(rows.length);

  // Drill into a learner.
  await page
    .getByRole("link", { name: /^The Second Heart$|^Course$/ })
    .first()
    .click();
  await page.getByRole("link", { name: "Learners and their answers" }).click();
  await expect(
    page.getByRole("table", { name: "Learners, most recently active first" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  const learnerLink = page
    .getByRole("table", { name: "Learners, most recently active first" })
    .locator("tbody th a")
    .first();
  const learnerName = (await learnerLink.textContent()) ?? "";
  await learnerLink.click();
  await expect(page.getByRole("heading", { level: 1, name: learnerName })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: /attempt \d+:/ }).first()).toBeVisible();
  await expect(page.getByText(/^Marks: /).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a coach sees only their own courses", async ({ page }) => {
  await signInToAdmin(page, admin);
  await page.goto("/results");
  const courseHref = await page
    .getByRole("link", { name: "The Second Heart" })
    .getAttribute("href");
  await page.context().clearCookies();

  await signInToAdmin(page, coach);
  await page.goto("/results");
  await expect(page.getByText("You have no courses yet.")).toBeVisible();
  await expect(page.getByRole("link", { name: "The Second Heart" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.goto(courseHref ?? "/results/none");
  await expect(
    page.getByRole("alert").filter({
      hasText: "You can only work on courses you own or are assigned to.",
    }),
  ).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  await expectNoAxeViolations(page);
});
