import { TEXT_SIZES, THEMES, type TextSize, type Theme } from "@soleus/ui/display-options";
import { displayVariant, TEXT_SIZE_COOKIE, THEME_COOKIE } from "../components/display-settings";

/*
 * How a lesson address reaches its prerendered page (docs/decisions/0012). Used by
 * next.config.ts, so relative imports only and nothing from the runtime environment.
 */

/** The address readers use for a lesson. */
export const LESSON_ADDRESS = "/courses/:course/:lesson";
/** Where prerendered lessons live inside the app (public too: the same pages). */
export const READING_ADDRESS = "/reading/:display/:course/:lesson";

interface CookieCondition {
  type: "cookie";
  key: string;
  value: string;
}

/** A rewrite in the shape of Next.js's `rewrites()` config. */
export interface LessonRewrite {
  source: string;
  destination: string;
  has?: CookieCondition[];
}

const destination = (textSize: TextSize, theme: Theme) =>
  `/reading/${displayVariant({ textSize, theme })}/:course/:lesson`;

/**
 * Rewrites from the lesson address to the page of the reader's display variant, chosen by
 * their cookies, most specific first (Next.js applies the first that matches). A missing or
 * unknown cookie value means "standard", as on every other page.
 */
export function lessonRewrites(): LessonRewrite[] {
  const sizes = TEXT_SIZES.map((size) => size.value).filter((size) => size !== "standard");
  const themes = THEMES.filter((theme) => theme !== "standard");
  const sizeIs = (value: string): CookieCondition => ({
    type: "cookie",
    key: TEXT_SIZE_COOKIE,
    value,
  });
  const themeIs = (value: string): CookieCondition => ({
    type: "cookie",
    key: THEME_COOKIE,
    value,
  });
  return [
    ...sizes.flatMap((size) =>
      themes.map((theme) => ({
        source: LESSON_ADDRESS,
        destination: destination(size, theme),
        has: [sizeIs(size), themeIs(theme)],
      })),
    ),
    ...sizes.map((size) => ({
      source: LESSON_ADDRESS,
      destination: destination(size, "standard"),
      has: [sizeIs(size)],
    })),
    ...themes.map((theme) => ({
      source: LESSON_ADDRESS,
      destination: destination("standard", theme),
      has: [themeIs(theme)],
    })),
    { source: LESSON_ADDRESS, destination: destination("standard", "standard") },
  ];
}

/**
 * The proxy's matcher: every address but static files and the prerendered lessons (whose
 * headers come from next.config.ts). A lesson address is `/courses/<course>/<lesson>` exactly.
 */
export const PROXY_MATCHER =
  "/((?!_next/static|_next/image|favicon.ico|reading/|courses/[^/]+/[^/]+/?$).*)";
