import { NextResponse, type NextRequest } from "next/server";
import { currentSession } from "@soleus/app-runtime/account";
import { refuseOversizedBody } from "@soleus/app-runtime/body-size-limit";
import { isMediaPath } from "@soleus/app-runtime/images/rules";
import { newNonce, securityHeadersFor } from "@soleus/app-runtime/security-headers";
import { isDevelopment } from "~/env";

/** Reachable without signing in. The API checks every procedure itself (401/403 as JSON). */
const PUBLIC_PATHS = [
  "/sign-in",
  "/check-email",
  "/forgot-password",
  "/reset-password",
  "/setup",
  "/api/health",
  "/api/auth/",
  "/api/trpc/",
];

function isPublic(pathname: string): boolean {
  return PUBLIC_PATHS.some((path) =>
    path.endsWith("/") ? pathname.startsWith(path) : pathname === path,
  );
}

/**
 * The admin app is for coaches and admins only: every other page needs such a session, checked
 * against the database (fail closed: no session, a learner's session or an error all redirect).
 * Every response gets a fresh CSP nonce and the security headers; a body over the size limit
 * gets its 413 first.
 */
export async function proxy(request: NextRequest) {
  const nonce = newNonce();
  const headers = securityHeadersFor("admin", nonce, isDevelopment);
  const tooLarge = await refuseOversizedBody(request);
  if (tooLarge) {
    for (const [name, value] of Object.entries(headers)) tooLarge.headers.set(name, value);
    return tooLarge;
  }
  let response: NextResponse;
  const { pathname, search } = request.nextUrl;
  const session = isPublic(pathname)
    ? null
    : await currentSession(request.headers, "admin").catch(() => null);
  if (
    !isPublic(pathname) &&
    (session === null || (session.user.role !== "coach" && session.user.role !== "admin"))
  ) {
    const target = new URL("/sign-in", request.url);
    target.searchParams.set("next", `${pathname}${search}`);
    response = NextResponse.redirect(target, 303);
  } else {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("content-security-policy", headers["content-security-policy"] ?? "");
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  for (const [name, value] of Object.entries(headers)) {
    // Images carry their own, stricter policy (no sources at all, sandboxed): keep it.
    if (name === "content-security-policy" && isMediaPath(pathname) && response.status === 200)
      continue;
    response.headers.set(name, value);
  }
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
