const DAY = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** "2 December 2026" (UTC: the page is rendered on the server, which does not know the reader's zone). */
export function formatDay(date: Date): string {
  return DAY.format(date);
}
