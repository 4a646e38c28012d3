import "server-only";
import type { AppName } from "@soleus/auth/cookies";
import { signOutFromRequest } from "./account";
import { refuseForeignPost, seeOther } from "./own-site-post";

/** A Set-Cookie value removing the session cookie, with the flags it was set with (`cookieOptions`). */
function clearedCookieHeader(cookie: Awaited<ReturnType<typeof signOutFromRequest>>): string {
  return `${cookie.name}=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax${cookie.options.secure ? "; Secure" : ""}`;
}

/**
 * The POST handler behind both apps' "Sign out" form: ends this device's session, clears the
 * cookie with the flags it was set with, and sends the browser to `landing`. A plain form
 * works on every page, also prerendered ones that cannot carry a server action.
 */
export function signOutRoute(app: AppName, landing: string) {
  return async function POST(request: Request): Promise<Response> {
    const refused = refuseForeignPost(request, app);
    if (refused) return refused;
    const cleared = await signOutFromRequest(request.headers, app);
    const response = seeOther(app, landing);
    response.headers.append("set-cookie", clearedCookieHeader(cleared));
    return response;
  };
}
