import type { AppName } from "@soleus/db/schema";

export type { AppName };

/**
 * Each app has its own cookies (the two apps share a host in development, and cookies ignore
 * ports): signing in to the learner site never signs anyone in to the admin app. Over HTTPS the
 * names carry the __Host- prefix, which browsers only accept when Secure, on "/", without Domain.
 */
export function cookieName(
  app: AppName,
  kind: "session" | "csrf" | "callback" | "state" | "pkce" | "nonce",
  secure: boolean,
): string {
  return `${secure ? "__Host-" : ""}soleus-${app}.${kind}`;
}

export interface CookieOptions {
  httpOnly: true;
  sameSite: "lax";
  path: "/";
  secure: boolean;
  expires?: Date;
}

/** HttpOnly, SameSite=Lax, Secure when the app is served over HTTPS. */
export function cookieOptions(secure: boolean, expires?: Date): CookieOptions {
  return { httpOnly: true, sameSite: "lax", path: "/", secure, ...(expires ? { expires } : {}) };
}

/** Reads one cookie from a Cookie header. */
export function readCookie(headers: Headers, name: string): string | undefined {
  for (const part of (headers.get("cookie") ?? "").split(";")) {
    const index = part.indexOf("=");
    if (index > 0 && part.slice(0, index).trim() === name) {
      try {
        return decodeURIComponent(part.slice(index + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
