/*
 * The security headers as pure functions of their inputs (no environment read here), so the
 * Next.js config can use them for prerendered pages, which the proxy does not see.
 */

/**
 * A strict Content-Security-Policy: scripts only with this response's nonce (and what they
 * load, 'strict-dynamic'), never inline scripts without it; no framing; no plugins. Inline
 * style attributes stay allowed (React's style props), they cannot run code.
 * With no nonce (`null`: a prerendered page that has no inline scripts at all) scripts may
 * only come from this site's own files.
 */
export function contentSecurityPolicy(
  nonce: string | null,
  options: { secure: boolean; formTargets: string[]; development?: boolean },
): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self'${nonce === null ? "" : ` 'nonce-${nonce}' 'strict-dynamic'`}${options.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action ${options.formTargets.join(" ")}`,
    "frame-ancestors 'none'",
    ...(options.secure ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** The headers every response of both apps carries, whatever the page. */
export const BASE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=()",
  "cross-origin-opener-policy": "same-origin",
};

/**
 * Headers for a prerendered page (fixed when the app is built, so nothing from the runtime
 * environment): the policy without a nonce, forms only to the site itself. HSTS is not among
 * them: every other page sends it, and browsers keep it for the whole host.
 */
export function prerenderedPageHeaders(options: { development?: boolean } = {}): { key: string; value: string }[] {
  const headers: Record<string, string> = {
    "content-security-policy": contentSecurityPolicy(null, { secure: false, formTargets: ["'self'"], development: options.development }),
    ...BASE_SECURITY_HEADERS,
  };
  return Object.entries(headers).map(([key, value]) => ({ key, value }));
}
