import { describe, expect, it } from "vitest";
import { countdownCue, describeDuration, formatClock, secondsLeft } from "./hold-timer-cues";

describe("countdownCue", () => {
  it("announces every 10 seconds and each of the last 5, and nothing else, for a 30-second hold", () => {
    const spoken = Array.from({ length: 31 }, (_, index) => 30 - index)
      .map((left) => [left, countdownCue(left, 30)] as const)
      .filter(([, cue]) => cue !== undefined);
    expect(spoken).toEqual([
      [20, "20 seconds left"],
      [10, "10 seconds left"],
      [5, "5"],
      [4, "4"],
      [3, "3"],
      [2, "2"],
      [1, "1"],
    ]);
  });

  it("stays quiet at the start (announced separately) and at zero (the done message)", () => {
    expect(countdownCue(45, 45)).toBeUndefined();
    expect(countdownCue(40, 40)).toBeUndefined();
    expect(countdownCue(0, 30)).toBeUndefined();
  });

  it("says minutes for long holds", () => {
    expect(countdownCue(60, 90)).toBe("1 minute left");
    expect(countdownCue(70, 90)).toBe("1 minute 10 seconds left");
  });
});

describe("clock helpers", () => {
  it("rounds the remaining time up to whole seconds", () => {
    expect(secondsLeft(30_000)).toBe(30);
    expect(secondsLeft(29_001)).toBe(30);
    expect(secondsLeft(1)).toBe(1);
    expect(secondsLeft(0)).toBe(0);
    expect(secondsLeft(-50)).toBe(0);
  });

  it("formats the clock and spoken durations", () => {
    expect(formatClock(45)).toBe("0:45");
    expect(formatClock(65)).toBe("1:05");
    expect(describeDuration(1)).toBe("1 second");
    expect(describeDuration(120)).toBe("2 minutes");
  });
});
