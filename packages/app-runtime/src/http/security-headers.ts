import type { AppName } from "@soleus/auth/cookies";
import { appSite, authSettings } from "@soleus/auth/settings";
import { BASE_SECURITY_HEADERS, contentSecurityPolicy } from "./content-security-policy";

export { contentSecurityPolicy };

/** Where sign-in forms may send the browser: this app, plus enabled OAuth providers. */
function formTargets(): string[] {
  const env = authSettings();
  const targets = ["'self'"];
  if (env.AUTH_GITHUB_ID) targets.push("https://github.com");
  if (env.AUTH_GOOGLE_ID) targets.push("https://accounts.google.com");
  return targets;
}

/** Every security header for one response of one app. HSTS only when served over HTTPS. */
export function securityHeadersFor(
  app: AppName,
  nonce: string | null,
  development = false,
): Record<string, string> {
  const { secure } = appSite(app);
  return {
    "content-security-policy": contentSecurityPolicy(nonce, {
      secure,
      formTargets: formTargets(),
      development,
    }),
    ...BASE_SECURITY_HEADERS,
    ...(secure ? { "strict-transport-security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/** A fresh nonce for one response (128 random bits). */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
