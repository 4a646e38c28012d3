import { TEXT_SIZES, THEMES, type TextSize, type Theme } from "@soleus/ui/display-options";

/** Cookies that remember the reader's display choices (read by the root layout, so there is no flash). */
export const TEXT_SIZE_COOKIE = "soleus-text-size";
export const THEME_COOKIE = "soleus-theme";
/** The same choices in localStorage, so they survive a cookie clear-out of this site only. */
export const TEXT_SIZE_STORAGE_KEY = "soleus:text-size";
export const THEME_STORAGE_KEY = "soleus:theme";
const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

export interface DisplaySettings {
  textSize: TextSize;
  theme: Theme;
}

/** The settings of a reader who chose nothing. */
export const STANDARD_DISPLAY: DisplaySettings = { textSize: "standard", theme: "standard" };

/** A stored text size, or "standard" for anything unknown. */
export function parseTextSize(value: string | undefined | null): TextSize {
  return TEXT_SIZES.find((size) => size.value === value)?.value ?? "standard";
}

/** A stored theme, or "standard" for anything unknown. */
export function parseTheme(value: string | undefined | null): Theme {
  return THEMES.find((theme) => theme === value) ?? "standard";
}

/** The attributes the root element carries for these settings (the default needs none). */
export function rootAttributes({ textSize, theme }: DisplaySettings): {
  "data-text-size"?: TextSize;
  "data-theme"?: Theme;
} {
  return {
    ...(textSize === "standard" ? {} : { "data-text-size": textSize }),
    ...(theme === "standard" ? {} : { "data-theme": theme }),
  };
}

/** A Set-Cookie / document.cookie value for one setting. */
export function settingCookie(name: string, value: string): string {
  return `${name}=${value}; Path=/; Max-Age=${ONE_YEAR_SECONDS}; SameSite=Lax`;
}

/**
 * The display settings as one path segment ("large-contrast"): prerendered reading pages are
 * kept once per combination, and next.config.ts rewrites to the one the reader's cookies name.
 */
export function displayVariant({ textSize, theme }: DisplaySettings): string {
  return `${textSize}-${theme}`;
}

/** The settings a `displayVariant` segment names, or null if it names none (never guessed). */
export function parseDisplayVariant(segment: string): DisplaySettings | null {
  const [size, theme, ...rest] = segment.split("-");
  if (rest.length > 0 || size === undefined || theme === undefined) return null;
  const settings = { textSize: parseTextSize(size), theme: parseTheme(theme) };
  return displayVariant(settings) === segment ? settings : null;
}
