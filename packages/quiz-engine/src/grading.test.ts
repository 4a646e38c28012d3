import { describe, expect, it } from "vitest";
import { QuizEngineError } from "./errors";
import { gradeAcrossAttempts } from "./grading";

// Listed out of order on purpose: grading follows attempt numbers.
const attempts = [
  { attemptNumber: 2, percent: 90 },
  { attemptNumber: 1, percent: 40 },
  { attemptNumber: 3, percent: 65 },
];

describe("gradeAcrossAttempts", () => {
  it.each([
    ["highest", 90],
    ["average", 65],
    ["first", 40],
    ["last", 65],
  ] as const)("%s", (grading, expected) => {
    expect(gradeAcrossAttempts(grading, attempts)).toBe(expected);
  });
  it("is null without attempts and refuses bad input", () => {
    expect(gradeAcrossAttempts("highest", [])).toBeNull();
    expect(() =>
      gradeAcrossAttempts("highest", [{ attemptNumber: 1, percent: Number.NaN }]),
    ).toThrow(QuizEngineError);
    expect(() => gradeAcrossAttempts("best" as never, attempts)).toThrow(QuizEngineError);
    expect(() =>
      gradeAcrossAttempts("last", [...attempts, { attemptNumber: 3, percent: 10 }]),
    ).toThrow(/twice/);
  });
});
