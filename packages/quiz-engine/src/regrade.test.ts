import { describe, expect, it } from "vitest";
import { assembleAttempt } from "./attempt/assemble";
import { recordResponse, submitAttempt } from "./attempt/lifecycle";
import { regradeAttempt } from "./regrade";
import { parseQuiz } from "./validated";
import { singleChoiceInput, trueFalseInput } from "./testing/fixtures";

const original = parseQuiz({
  id: "check",
  title: "Check",
  passPercent: 50,
  questions: [singleChoiceInput, trueFalseInput],
});
/** The correction: "The knee" is the key now, and the question is worth 3 points. */
const corrected = parseQuiz({
  ...original,
  questions: [
    {
      ...singleChoiceInput,
      points: 3,
      options: singleChoiceInput.options.map((o) => ({ ...o, correct: o.id === "knee" })),
    },
    trueFalseInput,
  ],
});

function submitted(optionId: string) {
  const open = assembleAttempt(original, { seed: "s", now: 0, attemptNumber: 1 });
  const answered = recordResponse(original, open, singleChoiceInput.id, { optionId }, 1);
  return submitAttempt(original, answered, 2);
}
const storedOf = (result: ReturnType<typeof submitted>["result"]) => ({
  points: result.points,
  maxPoints: result.maxPoints,
  percent: result.percent,
  passed: result.passed,
  questions: result.questions,
});

describe("regradeAttempt", () => {
  it("scores the same responses with the corrected key and points", () => {
    const { attempt, result } = submitted("knee");
    expect(result.points).toBe(0);
    const outcome = regradeAttempt(corrected, attempt, storedOf(result));
    expect(outcome).toMatchObject({
      kind: "rescored",
      changed: true,
      changedQuestions: [singleChoiceInput.id],
      passFlip: "now_passes",
      pointsDelta: 3,
    });
  });

  it("reports no change when the correction does not touch this attempt's marks", () => {
    const { attempt, result } = submitted("knee");
    expect(regradeAttempt(original, attempt, storedOf(result))).toMatchObject({
      kind: "rescored",
      changed: false,
      changedQuestions: [],
      passFlip: "none",
    });
  });

  it("calls an attempt incompatible when a question it asked is gone", () => {
    const { attempt, result } = submitted("ankle");
    const shorter = parseQuiz({ ...original, questions: [trueFalseInput] });
    expect(regradeAttempt(shorter, attempt, storedOf(result))).toMatchObject({
      kind: "incompatible",
    });
  });
});
