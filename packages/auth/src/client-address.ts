/**
 * The client's address for rate limiting: the X-Forwarded-For entry appended by the outermost
 * trusted proxy, i.e. `trustedProxyHops` entries from the right (the entries further left are
 * the client's to choose). Behind one load balancer (1 hop) that is the last entry, the address
 * the load balancer saw. Caveat: Next.js fills the header with the socket address only when it
 * is absent, so an app exposed directly (0 hops) also reads the last entry, which a client can
 * choose; production should sit behind a proxy that appends to the header, with
 * SOLEUS_TRUSTED_PROXY_HOPS=1. The per-account limit does not depend on this.
 */
export function clientAddress(headers: Headers, trustedProxyHops: number): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const chosen =
    forwarded[forwarded.length - Math.max(1, trustedProxyHops)] ??
    headers.get("x-real-ip") ??
    "unknown";
  return chosen.slice(0, 64);
}
