/**
 * The client's address for rate limiting, counted from the right of X-Forwarded-For past the
 * trusted proxies (the leftmost entries are the client's to choose). Caveat: Next.js fills the
 * header with the socket address only when it is absent, so an app exposed directly (0 hops) sees
 * whatever a client sends; production should sit behind a proxy that appends to the header, with
 * SOLEUS_TRUSTED_PROXY_HOPS=1. The per-account limit does not depend on this.
 */
export function clientAddress(headers: Headers, trustedProxyHops: number): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const chosen = forwarded[forwarded.length - 1 - trustedProxyHops] ?? headers.get("x-real-ip") ?? "unknown";
  return chosen.slice(0, 64);
}
