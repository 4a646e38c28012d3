import { describe, expect, it } from "vitest";
import { assembleAttempt } from "../attempt/assemble";
import { recordResponse, submitAttempt } from "../attempt/lifecycle";
import { quizInput, singleChoiceInput, trueFalseInput } from "../testing/fixtures";
import { parseQuiz } from "../validated";
import { matrixFromAttempts } from "./from-attempts";

const T0 = 1_700_000_000_000;
const quiz = parseQuiz(quizInput({ questions: [singleChoiceInput, trueFalseInput] }));

function submitted(attemptNumber: number, choice: string, value: boolean) {
  let attempt = assembleAttempt(quiz, { seed: `s${attemptNumber}`, now: T0, attemptNumber });
  attempt = recordResponse(quiz, attempt, "crosses-ankle", { optionId: choice }, T0);
  attempt = recordResponse(quiz, attempt, "second-heart", { value }, T0);
  return submitAttempt(quiz, attempt, T0 + 1).attempt;
}

describe("matrixFromAttempts", () => {
  // Learner "ann": attempt 1 scores 0, attempt 2 scores 2, attempt 3 scores 1.
  const attempts = [
    { learnerId: "ann", attempt: submitted(1, "knee", false) },
    { learnerId: "ann", attempt: submitted(2, "ankle", true) },
    { learnerId: "ann", attempt: submitted(3, "hip", true) },
    { learnerId: "bob", attempt: submitted(1, "ankle", false) },
  ];
  it.each([
    ["first", [0, 0, 1, 0]],
    ["last", [0, 1, 1, 0]],
    ["highest", [1, 1, 1, 0]],
  ] as const)("keeps the %s attempt per learner", (selection, marks) => {
    const matrix = matrixFromAttempts(quiz, attempts, selection);
    expect(matrix.attempts).toBe(2);
    expect([...matrix.marks]).toEqual(marks);
  });
  it("keeps all attempts and records choices as option bits", () => {
    const matrix = matrixFromAttempts(quiz, attempts, "all");
    expect(matrix.attempts).toBe(4);
    // Options knee(0) ankle(1) hip(2); true/false: bit 0 = true, bit 1 = false.
    expect([...matrix.choices]).toEqual([1, 2, 2, 1, 4, 1, 2, 2]);
  });
  it("refuses open attempts and unknown selections", () => {
    const open = assembleAttempt(quiz, { seed: "o", now: T0 });
    expect(() => matrixFromAttempts(quiz, [{ learnerId: "c", attempt: open }], "all")).toThrow(
      /submitted/,
    );
    expect(() => matrixFromAttempts(quiz, attempts, "best" as never)).toThrow(/selection/);
  });
});
