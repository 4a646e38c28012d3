import { scaleUtc } from "d3-scale";
import { utcDay } from "d3-time";
import { formatDate } from "~/time-zone/format-date";

/** One labelled tick on the chart's time axis. */
export interface TimeTick {
  x: number;
  label: string;
}

/** Where points sit along the chart and which day ticks label it. */
export interface TimeAxis {
  x: (date: Date) => number;
  ticks: TimeTick[];
}

/**
 * The instant whose UTC reading is the wall-clock reading of `date` in `timeZone`, so d3's UTC
 * day boundaries become the learner's own midnights.
 */
export function wallClock(date: Date, timeZone: string): Date {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((entry) => entry.type === type)?.value ?? 0);
  return new Date(
    Date.UTC(
      part("year"),
      part("month") - 1,
      part("day"),
      part("hour"),
      part("minute"),
      part("second"),
      date.getUTCMilliseconds(),
    ),
  );
}

type UtcScale = ReturnType<typeof scaleUtc<number>>;

// d3's tick count is a hint (it may give a few more): ask for fewer until the labels fit.
function midnightTicks(scale: UtcScale, maxTicks: number): Date[] {
  for (let hint = maxTicks; hint > 1; hint -= 1) {
    const ticks = scale.ticks(hint).filter((tick) => +utcDay.floor(tick) === +tick);
    if (ticks.length <= maxTicks) return ticks;
  }
  return scale.domain();
}

/**
 * A time scale (d3-scale) over the learner's days from the first point's midnight to the midnight
 * after the last, with ticks only at midnights (d3-time), so a day is labelled once however many
 * attempts fall on it, and never more than `maxTicks` labels (they would overlap).
 */
export function timeAxis(
  dates: Date[],
  timeZone: string,
  range: [number, number],
  maxTicks: number,
): TimeAxis {
  const local = dates.map((date) => wallClock(date, timeZone));
  const first = local.reduce((a, b) => (b < a ? b : a), local[0] ?? new Date(0));
  const last = local.reduce((a, b) => (b > a ? b : a), first);
  const start = utcDay.floor(first);
  const end = utcDay.offset(utcDay.floor(last), 1);
  const scale = scaleUtc().domain([start, end]).range(range);
  const days = utcDay.count(start, end);
  // Few days: every midnight. More: d3 picks day, week or month steps (all at midnight).
  const tickDates =
    days + 1 <= maxTicks
      ? utcDay.range(start, utcDay.offset(end, 1))
      : midnightTicks(scale, maxTicks);
  return {
    x: (date) => scale(wallClock(date, timeZone)),
    ticks: tickDates.map((tick) => ({
      x: scale(tick),
      label: formatDate(tick, "UTC", "shortDay"),
    })),
  };
}
