import { describe, expect, it } from "vitest";
import { QuizEngineError } from "./errors";
import { scheduleReviews } from "./review-scheduler";

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 0, 1);

describe("scheduleReviews", () => {
  it("schedules only questions that were missed", () => {
    const history = [
      { questionId: "knew-it", at: T0, fraction: 1 },
      { questionId: "missed", at: T0, fraction: 0 },
    ];
    const schedule = scheduleReviews(history, T0 + DAY);
    expect(schedule.upcoming.map((i) => i.questionId)).toEqual(["missed"]);
    expect(schedule.due.map((i) => i.questionId)).toEqual(["missed"]);
    expect(schedule.due[0]?.lapses).toBe(1);
  });

  it("pushes a question further out after it is answered correctly", () => {
    const missedOnce = scheduleReviews([{ questionId: "q", at: T0, fraction: 0 }], T0);
    const thenRight = scheduleReviews(
      [
        { questionId: "q", at: T0, fraction: 0 },
        { questionId: "q", at: T0 + DAY, fraction: 1 },
      ],
      T0 + DAY,
    );
    expect(thenRight.upcoming[0]?.due).toBeGreaterThan(T0 + DAY);
    expect(thenRight.upcoming[0]?.due).toBeGreaterThan(missedOnce.upcoming[0]?.due ?? Infinity);
    expect(thenRight.due).toEqual([]);
  });

  it("is a pure function of history and now (input order does not matter)", () => {
    const events = [
      { questionId: "a", at: T0 + 5, fraction: 0.5 },
      { questionId: "a", at: T0, fraction: 0 },
      { questionId: "b", at: T0 + 1, fraction: 0 },
    ];
    expect(scheduleReviews(events, T0 + 3 * DAY)).toEqual(
      scheduleReviews([...events].reverse(), T0 + 3 * DAY),
    );
  });

  it("ignores events after now and rejects bad input", () => {
    expect(scheduleReviews([{ questionId: "a", at: T0 + DAY, fraction: 0 }], T0).upcoming).toEqual(
      [],
    );
    expect(() => scheduleReviews([{ questionId: "a", at: T0, fraction: 2 }], T0)).toThrow(
      QuizEngineError,
    );
    expect(() => scheduleReviews([], Number.NaN)).toThrow(QuizEngineError);
  });
});
