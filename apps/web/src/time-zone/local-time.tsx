import { formatDate } from "./format-date";
import { learnerTimeZone } from "./learner-time-zone";

/**
 * A `<time>` in the learner's zone, rendered on the server only (decision 0038); its machine
 * value stays ISO 8601 UTC. Until the browser has said its zone, a time of day says "(UTC)".
 */
export async function LocalTime({
  date,
  style,
}: {
  date: Date;
  style: "day" | "dayAndTime" | "shortDay";
}) {
  const zone = await learnerTimeZone();
  return (
    <time dateTime={date.toISOString()} data-local-time={style}>
      {formatDate(date, zone.timeZone, style)}
      {zone.known || style !== "dayAndTime" ? "" : ` (${zone.timeZone})`}
    </time>
  );
}
