import { expect, test } from "@playwright/test";
import { axeViolations } from "../../web/e2e/axe";
import { createPeople, signIn } from "./db-fixtures";

test("a coach adds words the spelling check lacks on the course page, removes one and undoes it", async ({
  page,
}) => {
  const [coach] = await createPeople([
    { role: "coach", name: "Wren Wordsmith", assignBuiltInCourse: true },
  ]);
  if (!coach) throw new Error("no coach");
  await signIn(page, coach);
  await page.goto("/courses");
  await page.getByRole("link", { name: "The Second Heart" }).click();
  const words = page.getByRole("region", { name: "Course words for the spelling check" });
  await expect(words.getByText(/Words from the course files \(\d+\)/)).toBeVisible();

  // An empty add says what to do, and keeps focus on the field.
  await words.getByRole("button", { name: "Add the words" }).click();
  const field = words.getByLabel("Words to add");
  await expect(field).toBeFocused();
  await expect(field).toHaveAccessibleDescription(/Enter at least one word to add\./);

  // Two words, typed with a comma, by keyboard alone.
  await field.fill("Quazzlewort, Brindlecap");
  await field.press("Enter");
  await expect(words.getByRole("status")).toHaveText('Added "Quazzlewort", "Brindlecap".');
  const list = words.getByRole("list");
  await expect(list.getByRole("listitem")).toHaveText([/Brindlecap/, /Quazzlewort/]);

  // Not one word: refused with the reason, nothing added.
  await field.fill("<b>bold</b>");
  await field.press("Enter");
  await expect(field).toHaveAccessibleDescription(/one word: letters/);
  await expect(list.getByRole("listitem")).toHaveCount(2);

  await words.getByRole("button", { name: "Remove Brindlecap" }).click();
  await expect(words.getByRole("status")).toHaveText('Removed "Brindlecap".');
  await expect(list.getByRole("listitem")).toHaveText([/Quazzlewort/]);
  await words.getByRole("button", { name: "Undo: add “Brindlecap” back" }).click();
  await expect(list.getByRole("listitem")).toHaveText([/Brindlecap/, /Quazzlewort/]);

  expect(await axeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 320, height: 720 });
  expect(await axeViolations(page)).toEqual([]);
  // Clean up for the specs that share this database.
  for (const word of ["Brindlecap", "Quazzlewort"])
    await words.getByRole("button", { name: `Remove ${word}` }).click();
  await expect(words.getByText("None yet.")).toBeVisible();
});
