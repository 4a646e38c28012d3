import type { RunningProduct } from "./product";

/**
 * One tRPC mutation over HTTP, as the learner site's browser sends it (same origin, the
 * learner's session cookie). A call that hangs counts as failed, so runs stay bounded.
 */
export async function trpcPost(
  product: RunningProduct,
  path: string,
  cookie: string,
  input: unknown,
): Promise<unknown> {
  const response = await fetch(`${product.webUrl}/api/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: product.webUrl, cookie },
    body: JSON.stringify({ json: input }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = (await response.json()) as {
    result?: { data?: { json?: unknown } };
    error?: unknown;
  };
  if (!response.ok)
    throw new Error(`${path} answered ${response.status}: ${JSON.stringify(body.error)}`);
  return body.result?.data?.json;
}
