import type { Page, Response, Route } from "@playwright/test";

/**
 * The answer-leak capture of the quiz specs: every body the learner's browser receives (HTML,
 * RSC payloads, JSON, scripts), and a normal form of it in which an encoded leak is still found.
 */

/** A body as text with HTML entities and JSON escapes undone, so an encoded leak is still found. */
export function normalise(body: string): string {
  return body
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\"/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .toLowerCase();
}

export interface CapturedBody {
  url: string;
  body: string;
}

/**
 * Starts recording every response of `page`; `stop()` ends it and returns the bodies.
 *
 * Chromium does not keep the body of a streamed response (a server action's answer, an RSC
 * payload) for `response.body()` ("No data found for resource"), and a body that cannot be read
 * would hide a leak: so every request other than the static bundles goes through a route that
 * fetches it, keeps the body and hands the same response to the page. The bundles are read as
 * they arrive; one that cannot be read fails the capture instead of counting as empty.
 */
export async function captureResponses(page: Page) {
  const bodies: Promise<CapturedBody>[] = [];
  const unread: string[] = [];
  const isBundle = (url: string) => url.includes("/_next/static/");
  const route = async (intercepted: Route) => {
    const url = intercepted.request().url();
    if (isBundle(url)) {
      await intercepted.continue();
      return;
    }
    // A redirect goes to the page as it is (the browser follows it, through this route again):
    // followed here, a form post's 303 would reach the page as a 200 at the old address.
    const response = await intercepted.fetch({ maxRedirects: 0 });
    const body = await response.body();
    bodies.push(Promise.resolve({ url, body: body.toString("utf8") }));
    await intercepted.fulfill({ response, body });
  };
  const listener = (response: Response) => {
    if (!isBundle(response.url())) return;
    bodies.push(
      response
        .body()
        .then((buffer) => ({ url: response.url(), body: buffer.toString("utf8") }))
        .catch(() => {
          unread.push(response.url());
          return { url: response.url(), body: "" };
        }),
    );
  };
  await page.route("**/*", route);
  page.on("response", listener);
  return {
    stop: async () => {
      page.off("response", listener);
      await page.unroute("**/*", route);
      const all = await Promise.all(bodies);
      if (unread.length > 0) throw new Error(`bodies not captured: ${unread.join(", ")}`);
      return all;
    },
  };
}

/** "<url>: <secret>" for every secret found in a captured body (case-insensitive, decoded). */
export function leaksIn(responses: readonly CapturedBody[], secrets: readonly string[]): string[] {
  return responses.flatMap(({ url, body }) => {
    const text = normalise(body);
    return secrets
      .filter((secret) => text.includes(secret.toLowerCase()))
      .map((secret) => `${url}: ${secret}`);
  });
}

/** The ids the attempt responses (by default those of /attempts pages) show options, items and matches under. */
export function shownOptionIds(
  responses: readonly CapturedBody[],
  isAttemptResponse: (url: string) => boolean = (url) => url.includes("/attempts"),
): string[] {
  return responses
    .filter(({ url }) => isAttemptResponse(url))
    .flatMap(({ body }) =>
      [...normalise(body).matchAll(/"id":"([^"]*)","text":"/g)].map((match) => match[1] ?? ""),
    );
}
