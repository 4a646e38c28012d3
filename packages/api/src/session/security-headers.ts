import type { AppName } from "@soleus/auth/cookies";
import { appSite, authSettings } from "@soleus/auth/settings";

/** Where sign-in forms may send the browser: this app, plus enabled OAuth providers. */
function formTargets(): string[] {
  const env = authSettings();
  const targets = ["'self'"];
  if (env.AUTH_GITHUB_ID) targets.push("https://github.com");
  if (env.AUTH_GOOGLE_ID) targets.push("https://accounts.google.com");
  return targets;
}

/**
 * A strict Content-Security-Policy: scripts only with this response's nonce (and what they
 * load, 'strict-dynamic'), never inline scripts without it; no framing; no plugins. Inline
 * style attributes stay allowed (React's style props), they cannot run code.
 */
export function contentSecurityPolicy(
  nonce: string,
  options: { secure: boolean; formTargets: string[]; development?: boolean },
): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
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

/** Every security header for one response of one app. HSTS only when served over HTTPS. */
export function securityHeadersFor(
  app: AppName,
  nonce: string,
  development = false,
): Record<string, string> {
  const { secure } = appSite(app);
  return {
    "content-security-policy": contentSecurityPolicy(nonce, {
      secure,
      formTargets: formTargets(),
      development,
    }),
    "referrer-policy": "strict-origin-when-cross-origin",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=()",
    "cross-origin-opener-policy": "same-origin",
    ...(secure ? { "strict-transport-security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/** A fresh nonce for one response (128 random bits). */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
