import { describe, expect, it } from "vitest";
import { formatDate } from "./format-date";
import { parseTimeZone, timeZoneCookie } from "./time-zone";

describe("parseTimeZone", () => {
  it("keeps a zone Intl knows, spelled as the browser sent it", () => {
    expect(parseTimeZone("Pacific/Auckland")).toBe("Pacific/Auckland");
    expect(parseTimeZone("America/Argentina/Buenos_Aires")).toBe("America/Argentina/Buenos_Aires");
    expect(parseTimeZone("UTC")).toBe("UTC");
  });

  it("ignores anything else", () => {
    for (const value of [
      undefined,
      null,
      "",
      "Mars/Olympus_Mons",
      "Europe/London; Path=/",
      "<script>",
      "../etc",
      `Europe/${"x".repeat(80)}`,
    ])
      expect(parseTimeZone(value)).toBeNull();
  });

  it("round-trips through the cookie", () => {
    expect(timeZoneCookie("Europe/London")).toMatch(/^soleus-tz=Europe%2FLondon; Path=\/;/);
  });
});

describe("formatDate", () => {
  it("gives the same instant as each learner's clock reads it", () => {
    const instant = new Date("2026-11-30T23:30:00Z");
    expect(formatDate(instant, "UTC", "dayAndTime")).toBe("30 November 2026 at 23:30");
    expect(formatDate(instant, "Pacific/Auckland", "dayAndTime")).toBe("1 December 2026 at 12:30");
    expect(formatDate(instant, "America/New_York", "day")).toBe("30 November 2026");
  });
});
