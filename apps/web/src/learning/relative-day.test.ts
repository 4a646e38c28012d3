import { describe, expect, it } from "vitest";
import { relativeDay } from "./relative-day";

const now = new Date("2026-12-01T09:30:00Z");

describe("relativeDay", () => {
  it.each([
    ["2026-12-01T09:31:00Z", "Europe/London", "later today"],
    ["2026-12-02T08:00:00Z", "Europe/London", "tomorrow"],
    ["2026-12-04T12:00:00Z", "Europe/London", "in 3 days"],
    ["2026-12-20T12:00:00Z", "Europe/London", "on 20 December 2026"],
    // 23:30 UTC on the 1st is already the 2nd in Sydney, and still the 1st in New York.
    ["2026-12-01T23:30:00Z", "Australia/Sydney", "tomorrow"],
    ["2026-12-01T23:30:00Z", "America/New_York", "later today"],
  ])("%s in %s reads %j", (due, zone, words) => {
    expect(relativeDay(new Date(due), now, zone)).toBe(words);
  });
});
