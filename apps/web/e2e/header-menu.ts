import type { Page } from "@playwright/test";

/** On narrow screens the header's links and controls sit behind "Menu": open it when it is shown. */
export async function openHeaderMenu(page: Page) {
  const menu = page.locator("header.site-header").getByRole("button", { name: "Menu" });
  if ((await menu.isVisible()) && (await menu.getAttribute("aria-expanded")) !== "true")
    await menu.click();
}
