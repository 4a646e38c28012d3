/**
 * URL rules for coach-authored content. The sanitiser enforces protocols again afterwards;
 * these rules exist so authors get a clear diagnostic instead of a silently missing link.
 */

export type HrefVerdict =
  | { kind: "anchor" | "relative" | "mailto" }
  | { kind: "external"; href: string }
  | { kind: "blocked" };

// Browsers ignore ASCII whitespace and control characters when they read a URL's scheme.
function withoutControls(url: string): string {
  let kept = "";
  for (const char of url) {
    const code = char.charCodeAt(0);
    if (code > 0x20 && code !== 0x7f) kept += char;
  }
  return kept;
}

function schemeOf(url: string): string | undefined {
  const compact = withoutControls(url);
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  return match?.[1]?.toLowerCase();
}

/** Classify a link target: http(s), mailto, relative and #anchors are allowed, anything else is blocked. */
export function classifyHref(href: string): HrefVerdict {
  const trimmed = href.trim();
  if (trimmed.startsWith("#")) return { kind: "anchor" };
  // "//host" and "/\\host" are protocol-relative: external, but without a scheme we can vouch for.
  if (/^[/\\]{2}/.test(withoutControls(trimmed))) return { kind: "blocked" };
  const scheme = schemeOf(trimmed);
  if (scheme === undefined) return { kind: "relative" };
  if (scheme === "mailto") return { kind: "mailto" };
  if ((scheme === "http" || scheme === "https") && /^https?:\/\//i.test(trimmed)) {
    return { kind: "external", href: scheme + trimmed.slice(scheme.length) };
  }
  return { kind: "blocked" };
}

export interface MediaContext {
  courseSlug: string;
  mediaBaseUrl: string;
}

const courseImage =
  /^(?:\.\/|\/)?images\/((?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*)$/;

/**
 * Resolve an image source: `images/x.svg` (relative to the course's images folder) becomes
 * `${mediaBaseUrl}/${courseSlug}/images/x.svg`, absolute http(s) stays, anything else is refused.
 */
export function resolveMediaSrc(src: string, media: MediaContext): string | undefined {
  const trimmed = src.trim();
  const local = courseImage.exec(trimmed);
  if (local?.[1] !== undefined) {
    if (local[1].split("/").some((segment) => segment === "." || segment === ".."))
      return undefined;
    return `${media.mediaBaseUrl.replace(/\/+$/, "")}/${media.courseSlug}/images/${local[1]}`;
  }
  const verdict = classifyHref(trimmed);
  return verdict.kind === "external" ? verdict.href : undefined;
}
