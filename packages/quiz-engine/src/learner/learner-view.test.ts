import { describe, expect, it } from "vitest";
import { assembleAttempt } from "../attempt/assemble";
import { checkAnswer, recordResponse, submitAttempt } from "../attempt/lifecycle";
import { quizInput } from "../testing/fixtures";
import { parseQuiz } from "../validated";
import { checkOutcomeForLearner } from "./check-outcome";
import { learnerMessageOf } from "./error-message";
import { quizFactsForLearner } from "./quiz-facts";

const T0 = 1_700_000_000_000;

describe("checkOutcomeForLearner", () => {
  const quiz = parseQuiz(quizInput({ settings: { feedback: "immediate", penaltyPerTry: 0.25 } }));
  it("reports a wrong try without the explanation, then the penalty on the right one, locked", () => {
    const attempt = assembleAttempt(quiz, { seed: "i", now: T0 });
    const wrong = checkAnswer(quiz, attempt, "crosses-ankle", { optionId: "knee" }, T0 + 1);
    expect(checkOutcomeForLearner("crosses-ankle", wrong)).toMatchObject({
      questionId: "crosses-ankle",
      status: "incorrect",
      earned: 0,
      penalty: 0,
      tries: 1,
      explanation: null,
      locked: false,
    });
    const right = checkAnswer(quiz, wrong.attempt, "crosses-ankle", { optionId: "ankle" }, T0 + 2);
    const outcome = checkOutcomeForLearner("crosses-ankle", right);
    expect(outcome).toMatchObject({ status: "correct", penalty: 0.25, tries: 2, locked: true });
    expect(outcome.earned).toBeCloseTo(outcome.max * 0.75, 12);
    expect(outcome.explanation).toContain("soleus");
  });
});

describe("quizFactsForLearner", () => {
  const base = quizInput();
  it.each([
    { settings: {}, used: 0, multiplier: null, limit: null, extra: null, left: null },
    {
      settings: { timeLimitSeconds: 600, attemptsAllowed: 3 },
      used: 1,
      multiplier: 1.5,
      limit: 900,
      extra: 1.5,
      left: 2,
    },
    {
      settings: { timeLimitSeconds: 600, attemptsAllowed: 2 },
      used: 5,
      multiplier: null,
      limit: 600,
      extra: null,
      left: 0,
    },
    { settings: { attemptsAllowed: 2 }, used: 0, multiplier: 2, limit: null, extra: null, left: 2 },
  ])(
    "limit $limit, extra $extra, $left left",
    ({ settings, used, multiplier, limit, extra, left }) => {
      const quiz = parseQuiz({ ...base, settings });
      const facts = quizFactsForLearner(quiz, { attemptsUsed: used, timeMultiplier: multiplier });
      expect(facts).toMatchObject({
        questions: quiz.questions.length,
        passPercent: 70,
        timeLimitSeconds: limit,
        extraTime: extra,
        attemptsLeft: left,
        attemptsUsed: used,
      });
    },
  );
  it("counts a pool's draw, not its members", () => {
    const pooled = parseQuiz({
      ...base,
      questions: base.questions.map((q, i) => ({ ...q, tags: i < 5 ? ["warm-up"] : [] })),
      settings: { pools: [{ by: "tag", key: "warm-up", draw: 2 }] },
    });
    expect(quizFactsForLearner(pooled, { attemptsUsed: 0, timeMultiplier: null }).questions).toBe(
      2 + base.questions.length - 5,
    );
  });
});

describe("learnerMessageOf", () => {
  const quiz = parseQuiz(quizInput({ settings: { timeLimitSeconds: 60 } }));
  const attempt = assembleAttempt(quiz, { seed: "m", now: T0 });
  const refusal = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return learnerMessageOf(error);
    }
    throw new Error("expected a refusal");
  };
  it("words the learner's refusals and leaves other errors alone", () => {
    expect(
      refusal(() => recordResponse(quiz, attempt, "second-heart", { value: true }, T0 + 3_600_000)),
    ).toEqual({ kind: "conflict", message: expect.stringMatching(/^Time is up/) as string });
    expect(refusal(() => recordResponse(quiz, attempt, "nope", { value: true }, T0))).toEqual({
      kind: "bad_request",
      message: "This attempt has no such question.",
    });
    expect(
      refusal(() => recordResponse(quiz, attempt, "second-heart", { value: "yes" }, T0))?.message,
    ).toMatch(/^That answer does not fit the question: /);
    const submitted = submitAttempt(quiz, attempt, T0 + 1).attempt;
    expect(refusal(() => submitAttempt(quiz, submitted, T0 + 2))?.message).toBe(
      "This attempt was already submitted.",
    );
    expect(learnerMessageOf(new Error("a bug"))).toBeNull();
  });
});
