import { describe, expect, it } from "vitest";
import { repAddedCue, repTargetText } from "./rep-counter";

describe("the rep counter's words", () => {
  it.each([
    [0, "12-20", "of 12 to 20 repetitions"],
    [11, "12-20", "of 12 to 20 repetitions"],
    [12, "12-20", "repetitions: target reached"],
    [22, "12-20", "repetitions: target reached"],
    [3, "10", "of 10 repetitions"],
    [10, "10", "repetitions: target reached"],
    [1, "1", "repetition: target reached"],
  ])("%i of %s shows %j", (count, reps, text) => {
    expect(repTargetText(count, reps)).toBe(text);
  });

  it.each([
    [5, "12-20", "5"],
    [12, "12-20", "12. Target reached."],
    [20, "12-20", "20. That is the top of the range: finish this set."],
    [22, "12-20", "22. Target reached: finish this set when you are ready."],
    [10, "10", "10. Target reached."],
    [11, "10", "11. Target reached: finish this set when you are ready."],
  ])("adding the %ith of %s says %j", (count, reps, cue) => {
    expect(repAddedCue(count, reps)).toBe(cue);
  });
});
