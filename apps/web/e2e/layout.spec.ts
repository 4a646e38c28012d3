import { expect, test } from "@playwright/test";

test("the learner site shows the shared layout, a skip link and the medical note", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("contentinfo")).toContainText("Education, not medical advice");
  // The same care advice as the lessons' "When to get help" block: one leg is same-day care, lung-clot signs are an emergency.
  await expect(page.getByRole("contentinfo")).toContainText(
    "Call your local emergency number now if you have chest pain, sudden shortness of breath or you cough up blood.",
  );
  await expect(page.getByRole("contentinfo")).toContainText(
    "Get medical advice the same day if one leg swells, hurts or feels warm.",
  );
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
});

test("an unknown address gets a helpful 404 page", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We could not find that page" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to the home page" })).toBeVisible();
});
