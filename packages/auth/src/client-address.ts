/**
 * The client's address for rate limiting. Next.js appends the socket's address to
 * X-Forwarded-For; each trusted proxy in front adds one more. Counting from the right past the
 * trusted hops gives an address the client cannot choose (the leftmost entries it can).
 */
export function clientAddress(headers: Headers, trustedProxyHops: number): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const chosen = forwarded[forwarded.length - 1 - trustedProxyHops] ?? headers.get("x-real-ip") ?? "unknown";
  return chosen.slice(0, 64);
}
