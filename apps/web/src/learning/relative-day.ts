/** The calendar day (y-m-d) of an instant in a time zone. */
function dayIn(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    year: "numeric",
    month: "numeric",
    day: "numeric",
  }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Date.UTC(part("year"), part("month") - 1, part("day")) / 86_400_000;
}

/**
 * When something comes back, in the learner's own days: "later today", "tomorrow", "in 3 days",
 * then a date ("on 14 December 2026") from two weeks on. `now` is passed in (the server's clock),
 * `timeZone` is the learner's.
 */
export function relativeDay(due: Date, now: Date, timeZone: string): string {
  const days = dayIn(due, timeZone) - dayIn(now, timeZone);
  if (days <= 0) return "later today";
  if (days === 1) return "tomorrow";
  if (days < 14) return `in ${days} days`;
  return `on ${due.toLocaleDateString("en-GB", { timeZone, day: "numeric", month: "long", year: "numeric" })}`;
}
