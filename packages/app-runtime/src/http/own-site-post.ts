import type { AppName } from "@soleus/auth/cookies";
import { appSite } from "@soleus/auth/settings";
import { isSameOrigin } from "./same-origin";

/**
 * For plain-form POST routes (no server action, no tRPC): a 403 for a request that did not come
 * from this app's own pages, or null to go on. Session cookies are SameSite=Lax as well.
 */
export function refuseForeignPost(request: Request, app: AppName): Response | null {
  if (isSameOrigin(request.headers, appSite(app).origin)) return null;
  return new Response("This request came from another site and was refused.", {
    status: 403,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}

/** A 303 "see other" to a path of this app (the browser follows it with a GET), never cached. */
export function seeOther(app: AppName, path: string): Response {
  return new Response(null, {
    status: 303,
    headers: {
      location: new URL(path, appSite(app).origin).toString(),
      "cache-control": "no-store",
    },
  });
}
