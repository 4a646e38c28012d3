import { readLimitedBody } from "@soleus/auth/read-limited-body";

/** The most a form or server action may send: both apps' `serverActions.bodySizeLimit`. */
export const SERVER_ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

const TOO_LARGE =
  "What you sent is larger than 1 MB, more than any form here accepts. Go back, shorten it, and try again.";

/**
 * For the proxy: a 413 for a POST over the limit, or null to go on. Next.js itself answers an
 * oversized server-action body with a 500 (its action handler throws), so the proxy refuses it
 * first: by the declared Content-Length, or by counting a body sent without one. The proxy reads
 * its own copy of the body (Next.js clones it for the proxy), so the page still gets it whole.
 */
export async function refuseOversizedBody(request: Request): Promise<Response | null> {
  if (request.method !== "POST") return null;
  const declared = request.headers.get("content-length");
  const fits =
    declared !== null
      ? Number(declared) <= SERVER_ACTION_BODY_LIMIT_BYTES
      : (await readLimitedBody(request, SERVER_ACTION_BODY_LIMIT_BYTES)) !== null;
  if (fits) return null;
  return new Response(TOO_LARGE, {
    status: 413,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}
