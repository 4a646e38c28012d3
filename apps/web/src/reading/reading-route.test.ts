import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import {
  displayVariant,
  parseDisplayVariant,
  parseTextSize,
  parseTheme,
  TEXT_SIZE_COOKIE,
  THEME_COOKIE,
} from "~/components/display-settings";
import { lessonRewrites, PROXY_MATCHER, type LessonRewrite } from "./reading-route";

/** Next.js's rule: the first rewrite whose every `has` cookie is present with that exact value. */
function firstMatch(
  rewrites: LessonRewrite[],
  cookies: Record<string, string>,
): LessonRewrite | undefined {
  return rewrites.find((rule) =>
    (rule.has ?? []).every(
      (condition) =>
        cookies[condition.key] !== undefined &&
        new RegExp(`^${condition.value}$`).test(cookies[condition.key] as string),
    ),
  );
}

describe("lesson rewrites", () => {
  const rewrites = lessonRewrites();
  const sizes = [undefined, "standard", "large", "larger", "largest", "huge", ""];
  const themes = [undefined, "standard", "contrast", "dark", ""];

  it.each(sizes.flatMap((size) => themes.map((theme) => [size, theme] as const)))(
    "text size %s and theme %s reach the page of their display variant",
    (size, theme) => {
      const cookies: Record<string, string> = {};
      if (size !== undefined) cookies[TEXT_SIZE_COOKIE] = size;
      if (theme !== undefined) cookies[THEME_COOKIE] = theme;
      const expected = displayVariant({ textSize: parseTextSize(size), theme: parseTheme(theme) });
      expect(firstMatch(rewrites, cookies)?.destination).toBe(
        `/reading/${expected}/:course/:lesson`,
      );
    },
  );

  it("has one rule per display variant, every one from the lesson address", () => {
    expect(new Set(rewrites.map((rule) => rule.destination)).size).toBe(8);
    expect(rewrites.every((rule) => rule.source === "/courses/:course/:lesson")).toBe(true);
  });
});

describe("display variants", () => {
  it("round-trips every setting and refuses anything else", () => {
    expect(parseDisplayVariant("larger-contrast")).toEqual({
      textSize: "larger",
      theme: "contrast",
    });
    expect(
      parseDisplayVariant(displayVariant({ textSize: "standard", theme: "standard" })),
    ).toEqual({ textSize: "standard", theme: "standard" });
    for (const bad of [
      "",
      "large",
      "large-contrast-x",
      "huge-contrast",
      "large-dark",
      "Large-contrast",
      "standard-",
    ])
      expect(parseDisplayVariant(bad)).toBeNull();
  });
});

// Next.js's own matcher compiler (internal, so untyped): the test checks what Next.js will do.
const { getMiddlewareMatchers } = createRequire(import.meta.url)(
  "next/dist/build/analysis/get-page-static-info",
) as {
  getMiddlewareMatchers: (
    matchers: { source: string }[],
    config: { basePath: string; i18n: null },
  ) => { regexp: string }[];
};

describe("the proxy's matcher", () => {
  const [matcher] = getMiddlewareMatchers([{ source: PROXY_MATCHER }], {
    basePath: "",
    i18n: null,
  });
  const matches = (path: string) => new RegExp(matcher?.regexp ?? "^$").test(path);

  it("is the one in proxy.ts (Next.js needs it written out there)", () => {
    expect(readFileSync(new URL("../proxy.ts", import.meta.url), "utf8")).toContain(
      `source: "${PROXY_MATCHER}"`,
    );
  });

  it("leaves prerendered lessons and static files alone and sees every other page", () => {
    for (const path of [
      "/courses/the-second-heart/meet-the-soleus",
      "/courses/c/l/",
      "/reading/standard-standard/c/l",
      "/_next/static/chunks/x.js",
    ])
      expect(matches(path), path).toBe(false);
    for (const path of [
      "/",
      "/courses",
      "/courses/the-second-heart",
      "/courses/c/quiz/final",
      "/attempts/1",
      "/progress",
      "/api/trpc/x",
      "/sign-in",
    ])
      expect(matches(path), path).toBe(true);
  });
});
