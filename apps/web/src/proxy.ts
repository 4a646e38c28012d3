import { NextResponse, type NextRequest } from "next/server";
import { refuseOversizedBody } from "@soleus/app-runtime/body-size-limit";
import { isMediaPath } from "@soleus/app-runtime/images/rules";
import { newNonce, securityHeadersFor } from "@soleus/app-runtime/security-headers";
import { isDevelopment } from "~/env";
import { PATH_HEADER } from "~/request-path";

/**
 * Every page rendered per request gets a fresh CSP nonce (Next.js puts it on its own scripts)
 * and the security headers. Prerendered lesson pages are not seen here: next.config.ts routes
 * them and sets their headers (docs/decisions/0012). Signing in is checked by each page and
 * procedure, not here. A body over the size limit gets its 413 here, before any page or action.
 */
export async function proxy(request: NextRequest) {
  const nonce = newNonce();
  const headers = securityHeadersFor("web", nonce, isDevelopment);
  const tooLarge = await refuseOversizedBody(request);
  if (tooLarge) {
    for (const [name, value] of Object.entries(headers)) tooLarge.headers.set(name, value);
    return tooLarge;
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set(PATH_HEADER, request.nextUrl.pathname);
  requestHeaders.set("content-security-policy", headers["content-security-policy"] ?? "");
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) {
    // Images carry their own, stricter policy (no sources at all, sandboxed): keep it.
    if (name === "content-security-policy" && isMediaPath(request.nextUrl.pathname)) continue;
    response.headers.set(name, value);
  }
  return response;
}

// Literal, as Next.js requires; the same as PROXY_MATCHER in ~/reading/reading-route (a test checks).
export const config = {
  matcher: [
    { source: "/((?!_next/static|_next/image|favicon.ico|reading/|courses/[^/]+/[^/]+/?$).*)" },
  ],
};
