/**
 * The client's address for rate limiting, counted from the right of X-Forwarded-For: every app
 * server appends the address of the socket it was called on (see recordPeerAddresses in the api
 * package), so the right-most entry is always the peer's real address, and each trusted proxy in
 * front (SOLEUS_TRUSTED_PROXY_HOPS) appended one more. Entries further left are the client's to
 * choose and never count. X-Real-IP is ignored for the same reason.
 */
export function clientAddress(headers: Headers, trustedProxyHops: number): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const chosen = forwarded[forwarded.length - 1 - trustedProxyHops] ?? forwarded[0] ?? "unknown";
  return chosen.slice(0, 64);
}
