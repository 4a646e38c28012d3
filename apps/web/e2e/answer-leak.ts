import type { Page, Response } from "@playwright/test";

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

/** Starts recording every response of `page`; `stop()` ends it and returns the bodies. */
export function captureResponses(page: Page) {
  const bodies: Promise<CapturedBody>[] = [];
  const listener = (response: Response) => {
    bodies.push(
      response
        .body()
        .then((buffer) => ({ url: response.url(), body: buffer.toString("utf8") }))
        .catch(() => ({ url: response.url(), body: "" })),
    );
  };
  page.on("response", listener);
  return {
    stop: async () => {
      page.off("response", listener);
      return Promise.all(bodies);
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

/** The ids the attempt responses show options, items and matches under. */
export function shownOptionIds(responses: readonly CapturedBody[]): string[] {
  return responses
    .filter(({ url }) => url.includes("/attempts"))
    .flatMap(({ body }) =>
      [...normalise(body).matchAll(/"id":"([^"]*)","text":"/g)].map((match) => match[1] ?? ""),
    );
}
