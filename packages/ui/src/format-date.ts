/**
 * Dates as the learner reads them, in the learner's time zone (decision 0038). Pure: the same
 * date, zone and style give the same text on the server and in any browser.
 */
export type DateStyle = "day" | "dayAndTime" | "shortDay" | "time";

const OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  day: { day: "numeric", month: "long", year: "numeric" },
  dayAndTime: {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  },
  shortDay: { day: "numeric", month: "short" },
  time: { hour: "2-digit", minute: "2-digit" },
};

/** "1 December 2026", "1 December 2026 at 14:05", "1 Dec" or "14:05" in `timeZone`. */
export function formatDate(date: Date, timeZone: string, style: DateStyle): string {
  return new Intl.DateTimeFormat("en-GB", { ...OPTIONS[style], timeZone }).format(date);
}
