import { NextResponse, type NextRequest } from "next/server";
import { newNonce, securityHeadersFor } from "@soleus/api/session/security-headers";
import { isDevelopment } from "~/env";

/**
 * Every page gets a fresh CSP nonce (Next.js puts it on its own scripts) and the security
 * headers. Signing in is checked by each page and procedure, not here.
 */
export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const headers = securityHeadersFor("web", nonce, isDevelopment);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", headers["content-security-policy"] ?? "");
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
