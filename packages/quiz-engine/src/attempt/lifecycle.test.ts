import { describe, expect, it } from "vitest";
import { QuizEngineError } from "../errors";
import { toPublicQuiz } from "../public-view";
import { quizInput, singleChoiceInput, trueFalseInput } from "../testing/fixtures";
import { parseQuiz } from "../validated";
import { assembleAttempt } from "./assemble";
import {
  checkAnswer,
  clearResponse,
  recordResponse,
  resultOfAttempt,
  submitAttempt,
} from "./lifecycle";
import { parseAttempt } from "./parse-attempt";

const T0 = 1_700_000_000_000;
const codeOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (error instanceof QuizEngineError) return error.code;
    throw error;
  }
  return "none";
};

describe("assembleAttempt", () => {
  const quiz = parseQuiz(quizInput({ settings: { shuffleQuestions: true, shuffleOptions: true } }));
  it("gives the same attempt for the same seed and a different order for another", () => {
    const a = assembleAttempt(quiz, { seed: "learner-1:1", now: T0 });
    const b = assembleAttempt(quiz, { seed: "learner-1:1", now: T0 });
    expect(b).toEqual(a);
    const orders = new Set(
      ["s1", "s2", "s3", "s4", "s5"].map((seed) =>
        assembleAttempt(quiz, { seed, now: T0 }).questionIds.join(),
      ),
    );
    expect(orders.size).toBeGreaterThan(1);
  });
  it("keeps author order when shuffling is off", () => {
    const plain = parseQuiz(quizInput());
    expect(assembleAttempt(plain, { seed: "x", now: T0 }).questionIds).toEqual(
      plain.questions.map((q) => q.id),
    );
  });
  it("draws N per pool and keeps questions outside pools", () => {
    const pooled = parseQuiz(
      quizInput({
        questions: quizInput().questions.map((q, i) => ({ ...q, tags: i < 5 ? ["warm-up"] : [] })),
        settings: { pools: [{ by: "tag", key: "warm-up", draw: 2 }] },
      }),
    );
    for (const seed of ["a", "b", "c", "d"]) {
      const ids = assembleAttempt(pooled, { seed, now: T0 }).questionIds;
      expect(ids).toHaveLength(2 + 3);
      expect(ids.filter((id) => pooled.questions.findIndex((q) => q.id === id) < 5)).toHaveLength(
        2,
      );
    }
  });
  it("enforces attempts allowed", () => {
    const limited = parseQuiz(quizInput({ settings: { attemptsAllowed: 2 } }));
    expect(assembleAttempt(limited, { seed: "x", now: T0, attemptNumber: 2 }).attemptNumber).toBe(
      2,
    );
    expect(codeOf(() => assembleAttempt(limited, { seed: "x", now: T0, attemptNumber: 3 }))).toBe(
      "attempts_exhausted",
    );
  });
  it("applies a time accommodation, or none", () => {
    const timed = parseQuiz(quizInput({ settings: { timeLimitSeconds: 600 } }));
    expect(assembleAttempt(timed, { seed: "x", now: T0 }).deadline).toBe(T0 + 600_000);
    expect(assembleAttempt(timed, { seed: "x", now: T0, timeMultiplier: 1.5 }).deadline).toBe(
      T0 + 900_000,
    );
    expect(
      assembleAttempt(timed, { seed: "x", now: T0, timeMultiplier: null }).deadline,
    ).toBeNull();
  });
  it("rejects bad options", () => {
    expect(codeOf(() => assembleAttempt(quiz, { seed: "", now: T0 }))).toBe("invalid_argument");
    expect(codeOf(() => assembleAttempt(quiz, { seed: "x", now: Number.NaN }))).toBe(
      "invalid_argument",
    );
    expect(codeOf(() => assembleAttempt(quiz, { seed: "x", now: T0, timeMultiplier: -1 }))).toBe(
      "invalid_argument",
    );
  });
});

describe("attempt state machine", () => {
  const quiz = parseQuiz(quizInput({ passPercent: 50, settings: { timeLimitSeconds: 60 } }));
  const start = () => assembleAttempt(quiz, { seed: "s", now: T0, graceSeconds: 5 });

  it("records, replaces and clears responses without changing the previous state", () => {
    const a0 = start();
    const a1 = recordResponse(quiz, a0, "crosses-ankle", { optionId: "knee" }, T0 + 1000);
    const a2 = recordResponse(quiz, a1, "crosses-ankle", { optionId: "ankle" }, T0 + 2000);
    expect(a0.responses).toEqual({});
    expect(a1.responses["crosses-ankle"]).toEqual({ optionId: "knee" });
    expect(a2.responses["crosses-ankle"]).toEqual({ optionId: "ankle" });
    expect(clearResponse(quiz, a2, "crosses-ankle", T0 + 3000).responses).toEqual({});
  });

  it("accepts responses during grace, not after", () => {
    const a0 = start();
    expect(
      recordResponse(quiz, a0, "second-heart", { value: true }, T0 + 64_000).responses,
    ).toHaveProperty("second-heart");
    expect(
      codeOf(() => recordResponse(quiz, a0, "second-heart", { value: true }, T0 + 65_001)),
    ).toBe("attempt_expired");
  });

  it("accepts nothing after submit and cannot submit twice", () => {
    const answered = recordResponse(quiz, start(), "second-heart", { value: true }, T0 + 1);
    const { attempt, result } = submitAttempt(quiz, answered, T0 + 2);
    expect(result.points).toBe(1);
    expect(
      codeOf(() => recordResponse(quiz, attempt, "second-heart", { value: false }, T0 + 3)),
    ).toBe("attempt_submitted");
    expect(codeOf(() => submitAttempt(quiz, attempt, T0 + 3))).toBe("attempt_submitted");
    expect(resultOfAttempt(quiz, attempt)).toEqual(result);
  });

  it("refuses unknown questions, bad responses and time going backwards", () => {
    const a0 = start();
    expect(codeOf(() => recordResponse(quiz, a0, "nope", { value: true }, T0 + 1))).toBe(
      "unknown_question",
    );
    expect(codeOf(() => recordResponse(quiz, a0, "second-heart", { value: "yes" }, T0 + 1))).toBe(
      "invalid_response",
    );
    expect(codeOf(() => recordResponse(quiz, a0, "second-heart", { value: true }, T0 - 1))).toBe(
      "invalid_argument",
    );
  });

  it("re-validates an attempt that comes back from storage", () => {
    const stored = JSON.parse(JSON.stringify(start())) as Record<string, unknown>;
    expect(parseAttempt(quiz, stored).questionIds).toHaveLength(8);
    expect(
      codeOf(() =>
        parseAttempt(quiz, { ...stored, questionIds: ["crosses-ankle", "crosses-ankle"] }),
      ),
    ).toBe("invalid_attempt");
    expect(
      codeOf(() =>
        parseAttempt(quiz, { ...stored, responses: { "crosses-ankle": { optionId: "elbow" } } }),
      ),
    ).toBe("invalid_response");
    expect(codeOf(() => parseAttempt(quiz, { ...stored, quizId: "other" }))).toBe(
      "invalid_attempt",
    );
    const layouts = stored.layouts as Record<string, Record<string, string[]>>;
    expect(
      codeOf(() =>
        parseAttempt(quiz, {
          ...stored,
          layouts: { ...layouts, "raise-steps": { items: ["sit"] } },
        }),
      ),
    ).toBe("invalid_attempt");
  });

  it("builds a result with statuses, objectives, mastery and review sections", () => {
    const twoObjectives = parseQuiz(
      quizInput({
        passPercent: 60,
        questions: [
          singleChoiceInput,
          {
            ...trueFalseInput,
            objectives: ["circulation"],
            section: { lesson: "second-heart", anchor: "the-pump" },
          },
          {
            ...trueFalseInput,
            id: "tf-2",
            objectives: ["circulation"],
            section: { lesson: "second-heart", anchor: "veins" },
          },
        ],
      }),
    );
    let attempt = assembleAttempt(twoObjectives, { seed: "r", now: T0 });
    attempt = recordResponse(twoObjectives, attempt, "crosses-ankle", { optionId: "ankle" }, T0);
    attempt = recordResponse(twoObjectives, attempt, "second-heart", { value: false }, T0);
    const { result } = submitAttempt(twoObjectives, attempt, T0 + 10);
    expect(result).toMatchObject({ points: 1, maxPoints: 3, passed: false });
    expect(result.percent).toBeCloseTo(100 / 3, 10);
    expect(result.questions.map((q) => q.status)).toEqual(["correct", "incorrect", "unanswered"]);
    expect(result.objectives).toEqual([
      expect.objectContaining({
        objectiveId: "anatomy",
        percent: 100,
        mastery: "mastered",
        reviewSections: [],
      }),
      expect.objectContaining({
        objectiveId: "circulation",
        percent: 0,
        mastery: "attempted",
        reviewSections: [
          { lesson: "second-heart", anchor: "the-pump" },
          { lesson: "second-heart", anchor: "veins" },
        ],
      }),
    ]);
    expect(result.reviewSections).toHaveLength(2);
    const custom = submitAttempt(twoObjectives, attempt, T0 + 10, {
      mastery: { familiar: 0, proficient: 0, mastered: 0 },
    }).result;
    expect(custom.objectives[1]?.mastery).toBe("mastered");
    expect(
      codeOf(() =>
        submitAttempt(twoObjectives, attempt, T0, { mastery: { familiar: 90, proficient: 50 } }),
      ),
    ).toBe("invalid_argument");
  });
});

describe("immediate feedback with a penalty per try", () => {
  const quiz = parseQuiz(quizInput({ settings: { feedback: "immediate", penaltyPerTry: 0.25 } }));
  it("charges each extra try and locks a solved question", () => {
    let attempt = assembleAttempt(quiz, { seed: "i", now: T0 });
    const first = checkAnswer(quiz, attempt, "crosses-ankle", { optionId: "knee" }, T0 + 1);
    expect(first.score.status).toBe("incorrect");
    expect(first.explanation).toBeNull();
    const second = checkAnswer(quiz, first.attempt, "crosses-ankle", { optionId: "ankle" }, T0 + 2);
    expect(second.score.earned).toBeCloseTo(0.75, 12);
    expect(second.explanation).toContain("soleus");
    attempt = second.attempt;
    expect(
      codeOf(() => recordResponse(quiz, attempt, "crosses-ankle", { optionId: "hip" }, T0 + 3)),
    ).toBe("question_locked");
    const { result } = submitAttempt(quiz, attempt, T0 + 4);
    expect(result.questions.find((q) => q.questionId === "crosses-ankle")).toMatchObject({
      earned: 0.75,
      penalty: 0.25,
      status: "correct",
    });
  });
  it("counts a change after the last check as one more try", () => {
    const checked = checkAnswer(
      quiz,
      assembleAttempt(quiz, { seed: "i", now: T0 }),
      "second-heart",
      { value: false },
      T0 + 1,
    ).attempt;
    const changed = recordResponse(quiz, checked, "second-heart", { value: true }, T0 + 2);
    const { result } = submitAttempt(quiz, changed, T0 + 3);
    expect(result.questions.find((q) => q.questionId === "second-heart")?.earned).toBeCloseTo(
      0.75,
      12,
    );
  });
  it("is refused when the quiz gives feedback after submitting", () => {
    const later = parseQuiz(quizInput());
    expect(
      codeOf(() =>
        checkAnswer(
          later,
          assembleAttempt(later, { seed: "i", now: T0 }),
          "second-heart",
          { value: true },
          T0,
        ),
      ),
    ).toBe("invalid_argument");
  });
});

describe("toPublicQuiz", () => {
  it("lists the attempt's questions in its order with the learner's deadline", () => {
    const quiz = parseQuiz(
      quizInput({ settings: { shuffleQuestions: true, timeLimitSeconds: 100 } }),
    );
    const attempt = assembleAttempt(quiz, { seed: "p", now: T0, timeMultiplier: 2 });
    const view = toPublicQuiz(quiz, attempt);
    expect(view.questions.map((q) => q.id)).toEqual(attempt.questionIds);
    expect(view).toMatchObject({ timeLimitSeconds: 200, deadline: T0 + 200_000, maxPoints: 8 });
  });
});
