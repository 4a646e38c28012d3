/*
 * The security headers as pure functions of their inputs (no environment read here), so the
 * Next.js config can use them for prerendered pages, which the proxy does not see.
 */

/**
 * A strict Content-Security-Policy: scripts only with this response's nonce (and what they
 * load, 'strict-dynamic'), never inline scripts without it; no framing; no plugins. Inline
 * style attributes stay allowed (React's style props), they cannot run code.
 * With no nonce (`null`: a prerendered page that has no inline scripts at all) scripts may
 * only come from this site's own files; `inlineScripts` is only for the floor policy below.
 */
export function contentSecurityPolicy(
  nonce: string | null,
  options: {
    secure: boolean;
    formTargets: string[];
    development?: boolean;
    inMetaElement?: boolean;
    inlineScripts?: boolean;
  },
): string {
  const scriptSources = [
    "'self'",
    ...(nonce === null ? [] : [`'nonce-${nonce}'`, "'strict-dynamic'"]),
    ...(options.inlineScripts ? ["'unsafe-inline'"] : []),
    ...(options.development ? ["'unsafe-eval'"] : []),
  ];
  const directives = [
    "default-src 'self'",
    `script-src ${scriptSources.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action ${options.formTargets.join(" ")}`,
    // A <meta> policy cannot set frame-ancestors (browsers ignore it there, with a warning).
    ...(options.inMetaElement ? [] : ["frame-ancestors 'none'"]),
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
 * The policy a prerendered page carries in its own `<meta http-equiv>` element: scripts only
 * from the site's files (it has no inline script), forms only to the site. (Framing is refused
 * by the address's headers: X-Frame-Options and the header policy's frame-ancestors.)
 */
export function prerenderedPagePolicy(options: { development?: boolean } = {}): string {
  return contentSecurityPolicy(null, {
    secure: false,
    formTargets: ["'self'"],
    development: options.development,
    inMetaElement: true,
  });
}

/**
 * Headers for the addresses of prerendered pages, fixed when the app is built (nothing from
 * the runtime environment). Next.js answers a missing page there with the App Router's
 * not-found page, whose inline scripts carry no nonce (the proxy is not on this path), so the
 * header policy is the floor every response at such an address keeps (no plugins, no framing,
 * no foreign forms or base, scripts from this site or inline); the prerendered page itself
 * adds `prerenderedPagePolicy` in a <meta> element, and browsers enforce both, so on it only
 * the site's own script files run. HSTS is not among these headers: every other page sends
 * it, and browsers keep it for the whole host.
 */
export function prerenderedAddressHeaders(
  options: { development?: boolean } = {},
): { key: string; value: string }[] {
  const floor = contentSecurityPolicy(null, {
    secure: false,
    formTargets: ["'self'"],
    development: options.development,
    inlineScripts: true,
  });
  const headers: Record<string, string> = {
    "content-security-policy": floor,
    ...BASE_SECURITY_HEADERS,
  };
  return Object.entries(headers).map(([key, value]) => ({ key, value }));
}
