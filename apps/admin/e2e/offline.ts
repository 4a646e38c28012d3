import type { Page } from "@playwright/test";

/**
 * Opens `path` as if the connection dropped right after the page itself arrived: the scripts
 * and styles its HTML lists load, every chunk the page would load later (lazily) is refused as
 * offline, and the browser is offline. Returns how to come back online.
 */
export async function openWithLazyChunksOffline(page: Page, path: string) {
  const listed = new Set<string>();
  await page.route(
    (url) => url.pathname === path,
    async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      for (const match of html.matchAll(/\/_next\/static\/[^"'\s\\)]+/g)) listed.add(match[0]);
      await route.fulfill({ response, body: html });
    },
  );
  await page.route("**/_next/static/**", (route) =>
    listed.has(new URL(route.request().url()).pathname)
      ? route.continue()
      : route.abort("internetdisconnected"),
  );
  await page.goto(path);
  await page.context().setOffline(true);
  return async () => {
    await page.unrouteAll({ behavior: "ignoreErrors" });
    await page.context().setOffline(false);
  };
}
