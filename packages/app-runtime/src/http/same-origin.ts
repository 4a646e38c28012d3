/**
 * Whether a state-changing request comes from the app's own pages. Browsers send Origin on
 * every POST; without it only `Sec-Fetch-Site: same-origin` will do. Anything else is refused:
 * Auth.js's CSRF token protects only its own routes, this protects the API.
 */
export function isSameOrigin(headers: Headers, expectedOrigin: string): boolean {
  const origin = headers.get("origin");
  if (origin !== null) return origin === expectedOrigin;
  return headers.get("sec-fetch-site") === "same-origin";
}
