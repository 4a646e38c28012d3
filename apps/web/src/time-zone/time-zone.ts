/** The cookie in which the browser tells the server its IANA time zone (set by `<TimeZoneSync>`). */
export const TIME_ZONE_COOKIE = "soleus-tz";
const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;
// IANA names: "Europe/London", "America/Argentina/Buenos_Aires", "Etc/GMT+5", "UTC".
const TIME_ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,3}$/;

/** A time zone name from a cookie when Intl knows it, else null (anything odd is ignored). */
export function parseTimeZone(value: string | undefined | null): string | null {
  if (!value || value.length > 64 || !TIME_ZONE_NAME.test(value)) return null;
  try {
    // Kept as the browser spelled it (not Intl's canonical name), so `<TimeZoneSync>` sees a match.
    new Intl.DateTimeFormat("en-GB", { timeZone: value });
    return value;
  } catch {
    return null;
  }
}

/** The `document.cookie` value remembering the browser's time zone. */
export function timeZoneCookie(timeZone: string): string {
  return `${TIME_ZONE_COOKIE}=${encodeURIComponent(timeZone)}; Path=/; Max-Age=${ONE_YEAR_SECONDS}; SameSite=Lax`;
}
