import { describe, expect, it } from "vitest";
import { timeAxis, wallClock } from "./time-axis";

const RANGE: [number, number] = [44, 464];

describe("timeAxis", () => {
  it("labels a day once when two attempts fall on it, and keeps the points apart in time order", () => {
    const morning = new Date("2026-12-01T09:10:00Z");
    const afternoon = new Date("2026-12-01T15:40:00Z");
    const axis = timeAxis([morning, afternoon], "Europe/London", RANGE, 6);
    const labels = axis.ticks.map((tick) => tick.label);
    expect(labels).toEqual(["1 Dec", "2 Dec"]);
    expect(new Set(labels).size).toBe(labels.length);
    expect(axis.x(morning)).toBeLessThan(axis.x(afternoon));
    expect(axis.x(morning)).toBeGreaterThan(RANGE[0]);
    expect(axis.x(afternoon)).toBeLessThan(RANGE[1]);
  });

  it("uses the learner's days: 23:30 UTC on 30 November is 1 December in Auckland", () => {
    const late = new Date("2026-11-30T23:30:00Z");
    expect(timeAxis([late], "Pacific/Auckland", RANGE, 6).ticks.map((t) => t.label)).toEqual([
      "1 Dec",
      "2 Dec",
    ]);
    expect(timeAxis([late], "UTC", RANGE, 6).ticks.map((t) => t.label)).toEqual([
      "30 Nov",
      "1 Dec",
    ]);
  });

  it("never gives more than the labels that fit, all distinct days at midnight, inside the chart", () => {
    const dates = Array.from(
      { length: 8 },
      (_, index) => new Date(Date.UTC(2026, 9, 1 + index * 9, 10 + index)),
    );
    const axis = timeAxis(dates, "America/New_York", RANGE, 6);
    expect(axis.ticks.length).toBeGreaterThan(1);
    expect(axis.ticks.length).toBeLessThanOrEqual(6);
    expect(new Set(axis.ticks.map((tick) => tick.label)).size).toBe(axis.ticks.length);
    for (const tick of axis.ticks) {
      expect(tick.x).toBeGreaterThanOrEqual(RANGE[0]);
      expect(tick.x).toBeLessThanOrEqual(RANGE[1]);
    }
    const xs = dates.map(axis.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });
});

describe("wallClock", () => {
  it("reads the date as a clock in the zone would, across a daylight-saving change", () => {
    expect(wallClock(new Date("2026-07-01T12:00:00Z"), "Europe/London").toISOString()).toBe(
      "2026-07-01T13:00:00.000Z",
    );
    expect(wallClock(new Date("2026-12-01T12:00:00Z"), "Europe/London").toISOString()).toBe(
      "2026-12-01T12:00:00.000Z",
    );
  });
});
