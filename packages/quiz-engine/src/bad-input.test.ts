import { describe, expect, it } from "vitest";
import { QuizEngineError } from "./errors";
import { scoreAttempt } from "./score-attempt";
import { scoreQuestion } from "./scoring";
import {
  fillBlanksInput,
  matchingInput,
  multipleResponseInput,
  numericInput,
  orderingInput,
  quizInput,
  shortTextInput,
  singleChoiceInput,
} from "./testing/fixtures";
import { parseQuestion, parseQuiz } from "./validated";

function errorOf(run: () => unknown): QuizEngineError {
  try {
    run();
  } catch (error) {
    if (error instanceof QuizEngineError) return error;
    throw new Error(`expected a QuizEngineError, got ${String(error)}`, { cause: error });
  }
  throw new Error("expected a QuizEngineError, nothing was thrown");
}

describe("invalid responses name what and where", () => {
  const cases: [string, unknown, unknown, string, string][] = [
    [
      "unknown option",
      singleChoiceInput,
      { optionId: "elbow" },
      "response.optionId",
      'unknown option "elbow"',
    ],
    [
      "wrong shape for the type",
      singleChoiceInput,
      { optionIds: ["ankle"] },
      "response.optionId",
      "Unrecognized key",
    ],
    ["missing field", singleChoiceInput, {}, "response.optionId", ""],
    ["not an object", singleChoiceInput, "ankle", "response", ""],
    [
      "duplicate option",
      multipleResponseInput,
      { optionIds: ["a", "a"] },
      "response.optionIds.1",
      'duplicate option "a"',
    ],
    [
      "ordering with a missing item",
      orderingInput,
      { order: ["sit", "lift", "pause"] },
      "response.order",
      "must list all 4 items",
    ],
    [
      "ordering with a repeated item",
      orderingInput,
      { order: ["sit", "sit", "pause", "lower"] },
      "response.order.1",
      "duplicate item",
    ],
    [
      "matching an unknown prompt",
      matchingInput,
      { pairs: { heart: "deep" } },
      "response.pairs.heart",
      'unknown prompt "heart"',
    ],
    [
      "matching an unknown answer",
      matchingInput,
      { pairs: { soleus: "lung" } },
      "response.pairs.soleus",
      'unknown answer "lung"',
    ],
    ["NaN", numericInput, { value: Number.NaN }, "response.value", ""],
    ["Infinity", numericInput, { value: Number.POSITIVE_INFINITY }, "response.value", ""],
    ["numeric given as a string", numericInput, { value: "3" }, "response.value", ""],
    ["oversized text", shortTextInput, { text: "x".repeat(501) }, "response.text", "at most 500"],
    [
      "unknown blank",
      fillBlanksInput,
      { blanks: { nope: "x" } },
      "response.blanks.nope",
      'unknown blank "nope"',
    ],
    [
      "unknown blank option",
      fillBlanksInput,
      { blanks: { where: "beside" } },
      "response.blanks.where",
      'unknown option "beside"',
    ],
    ["null response", singleChoiceInput, null, "response", "required"],
  ];
  it.each(cases)("%s", (_label, question, response, path, message) => {
    const error = errorOf(() => scoreQuestion(parseQuestion(question), response));
    expect(error.code).toBe("invalid_response");
    expect(error.path.join(".")).toBe(path);
    expect(error.message).toContain(message);
  });
});

describe("inconsistent definitions are refused", () => {
  const cases: [string, unknown, string, string][] = [
    ["pass mark above max", quizInput({ passPercent: 101 }), "passPercent", "above 100%"],
    [
      "pool larger than its questions",
      quizInput({ settings: { pools: [{ by: "objective", key: "anatomy", draw: 9 }] } }),
      "settings.pools.0.draw",
      "only 8 belong",
    ],
    [
      "pool of an unknown tag",
      quizInput({ settings: { pools: [{ by: "tag", key: "cardio", draw: 1 }] } }),
      "settings.pools.0.draw",
      "only 0 belong",
    ],
    [
      "ordering with one item",
      quizInput({ questions: [{ ...orderingInput, items: [{ id: "sit", text: "Sit" }] }] }),
      "questions.0.items",
      "at least two items",
    ],
    [
      "duplicate question ids",
      quizInput({ questions: [singleChoiceInput, singleChoiceInput] }),
      "questions.1.id",
      "duplicate question id",
    ],
    [
      "penalty without immediate feedback",
      quizInput({ settings: { penaltyPerTry: 0.2 } }),
      "settings.penaltyPerTry",
      "immediate",
    ],
    [
      "single choice with two correct options",
      quizInput({
        questions: [
          {
            ...singleChoiceInput,
            options: singleChoiceInput.options.map((o) => ({ ...o, correct: true })),
          },
        ],
      }),
      "questions.0.options",
      "exactly one correct option, found 3",
    ],
    [
      "fractions that do not add up",
      quizInput({
        questions: [
          {
            ...multipleResponseInput,
            scoring: "fractions",
            options: multipleResponseInput.options.map((o) => ({
              ...o,
              fraction: o.correct ? 0.4 : -0.1,
            })),
          },
        ],
      }),
      "questions.0.options",
      "add up to 1",
    ],
    [
      "a misspelt field",
      quizInput({ questions: [{ ...singleChoiceInput, corect: true }] as never }),
      "questions.0",
      "Unrecognized key",
    ],
    [
      "a placeholder with no blank",
      quizInput({ questions: [{ ...fillBlanksInput, text: "{{muscle}} {{where}} {{extra}}" }] }),
      "questions.0.text",
      "{{extra}} has no blank",
    ],
    [
      "a bad pattern",
      quizInput({ questions: [{ ...shortTextInput, pattern: "(" }] }),
      "questions.0.pattern",
      "not a valid regular expression",
    ],
    [
      "NaN points",
      quizInput({ questions: [{ ...singleChoiceInput, points: Number.NaN }] }),
      "questions.0.points",
      "",
    ],
    [
      "matching pair to an unknown answer",
      quizInput({
        questions: [
          {
            ...matchingInput,
            pairs: [
              { prompt: "soleus", answer: "x" },
              { prompt: "gastroc", answer: "deep" },
            ],
          },
        ],
      }),
      "questions.0.pairs.0.answer",
      'unknown answer "x"',
    ],
  ];
  it.each(cases)("%s", (_label, input, path, message) => {
    const error = errorOf(() => parseQuiz(input));
    expect(error.code).toBe("invalid_quiz");
    expect(error.issues.map((i) => i.path.join("."))).toContain(path);
    expect(error.message).toContain(message);
  });

  it("refuses a question that was never validated when scoring", () => {
    const error = errorOf(() =>
      scoreQuestion({ ...singleChoiceInput, options: [] } as never, { optionId: "ankle" }),
    );
    expect(error.code).toBe("invalid_question");
  });
});

describe("scoreAttempt input", () => {
  const quiz = parseQuiz(quizInput());
  it("refuses an unknown question id", () => {
    const error = errorOf(() => scoreAttempt(quiz, { "no-such": { optionId: "a" } }));
    expect(error.code).toBe("unknown_question");
    expect(error.path).toEqual(["responses", "no-such"]);
  });
  it("refuses a response of another type's shape, pointing at the question", () => {
    const error = errorOf(() => scoreAttempt(quiz, { "crosses-ankle": { value: true } }));
    expect(error.code).toBe("invalid_response");
    expect(error.path[0]).toBe("responses");
    expect(error.path[1]).toBe("crosses-ankle");
  });
  it("refuses a non-object", () => {
    expect(errorOf(() => scoreAttempt(quiz, [] as never)).code).toBe("invalid_argument");
  });
  it("ignores inherited keys such as __proto__ tricks", () => {
    const responses = JSON.parse('{"__proto__": {"optionId": "ankle"}}') as Record<string, unknown>;
    expect(errorOf(() => scoreAttempt(quiz, responses)).code).toBe("unknown_question");
  });
});
