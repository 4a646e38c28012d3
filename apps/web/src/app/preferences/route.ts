import {
  parseTextSize,
  parseTheme,
  settingCookie,
  TEXT_SIZE_COOKIE,
  THEME_COOKIE,
} from "~/components/display-settings";

export const dynamic = "force-dynamic";

/** The page the form was sent from, if it is a path on this site; otherwise the home page. */
function backTo(request: Request): string {
  const referer = request.headers.get("referer");
  if (!referer) return "/";
  try {
    const from = new URL(referer);
    if (from.host !== request.headers.get("host")) return "/";
    // A path like "//elsewhere" would leave the site: keep one leading slash.
    return `/${from.pathname.replace(/^\/+/, "")}${from.search}`;
  } catch {
    return "/";
  }
}

/**
 * Saves the text size or theme chosen with JavaScript switched off (the display settings form
 * posts here), then sends the reader back to the page they were on.
 */
export async function POST(request: Request) {
  const form = await request.formData().catch(() => undefined);
  const headers = new Headers({ location: backTo(request), "cache-control": "no-store" });
  const textSize = form?.get("text-size");
  const theme = form?.get("theme");
  if (typeof textSize === "string")
    headers.append("set-cookie", settingCookie(TEXT_SIZE_COOKIE, parseTextSize(textSize)));
  if (typeof theme === "string")
    headers.append("set-cookie", settingCookie(THEME_COOKIE, parseTheme(theme)));
  return new Response(null, { status: 303, headers });
}
