const BASE = "http://soleus.invalid";
const MAX_LENGTH = 500;

/**
 * Where to send someone after signing in: only a path on this site. Anything a browser
 * could resolve to another origin ("//evil.example", "/\evil", "/<tab>/evil", "https://…")
 * or that carries control characters falls back, so `?next=` is never an open redirect.
 */
export function safeNext(
  value: FormDataEntryValue | string | null | undefined,
  fallback = "/",
): string {
  if (typeof value !== "string" || value.length > MAX_LENGTH) return fallback;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (!value.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  let resolved: URL;
  try {
    resolved = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (resolved.origin !== BASE) return fallback;
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}
