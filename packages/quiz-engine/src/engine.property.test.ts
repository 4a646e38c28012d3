import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assembleAttempt } from "./attempt/assemble";
import { recordResponse, submitAttempt } from "./attempt/lifecycle";
import { toPublicQuestion } from "./public-view";
import { scoreAttempt } from "./score-attempt";
import { scoreQuestion } from "./scoring";
import { questionArb, responseArb, SECRET } from "./testing/arbitraries";
import { quizInput } from "./testing/fixtures";
import { parseQuestion, parseQuiz } from "./validated";

const questionWithResponse = questionArb.chain((q) => fc.tuple(fc.constant(q), responseArb(q)));
const T0 = 1_700_000_000_000;

/** Field names that carry the key or anything derived from it. */
const KEY_FIELDS = [
  "correct",
  "fraction",
  "feedback",
  "feedbackTrue",
  "feedbackFalse",
  "misconception",
  "explanation",
  "accepted",
  "pattern",
  "answer",
  "tolerance",
  "pairs",
  "scoring",
  "caseSensitive",
];

function keysDeep(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysDeep(v, out));
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      keysDeep(v, out);
    }
  }
  return out;
}

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reverseKeys(v)]),
    );
  return value;
}

describe("scoring properties", () => {
  it("earns within [0, points] for any valid response", () => {
    fc.assert(
      fc.property(questionWithResponse, ([input, response]) => {
        const q = parseQuestion(input);
        const score = scoreQuestion(q, response);
        expect(score.earned).toBeGreaterThanOrEqual(0);
        expect(score.earned).toBeLessThanOrEqual(q.points);
        expect(Number.isFinite(score.earned)).toBe(true);
      }),
    );
  });

  it("does not depend on the order of keys in a response", () => {
    fc.assert(
      fc.property(questionWithResponse, ([input, response]) => {
        const q = parseQuestion(input);
        expect(scoreQuestion(q, reverseKeys(response)).earned).toBe(
          scoreQuestion(q, response).earned,
        );
      }),
    );
  });

  it("does not depend on the order of questions in a responses map", () => {
    const quiz = parseQuiz(quizInput());
    const responses = {
      "crosses-ankle": { optionId: "ankle" },
      "second-heart": { value: false },
      reps: { value: 3 },
      fill: { blanks: { where: "under", muscle: "soleus" } },
    };
    expect(scoreAttempt(quiz, reverseKeys(responses) as Record<string, unknown>)).toEqual(
      scoreAttempt(quiz, responses),
    );
  });
});

describe("attempt properties", () => {
  const quiz = parseQuiz(quizInput({ settings: { shuffleQuestions: true, shuffleOptions: true } }));
  const responses: [string, unknown][] = [
    ["crosses-ankle", { optionId: "ankle" }],
    ["benefits", { optionIds: ["a", "c"] }],
    ["raise-steps", { order: ["lift", "sit", "pause", "lower"] }],
    ["match-muscles", { pairs: { soleus: "deep" } }],
    ["fill", { blanks: { where: "under" } }],
  ];

  it("gives the same attempt for the same seed", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), (seed) => {
        expect(assembleAttempt(quiz, { seed, now: T0 })).toEqual(
          assembleAttempt(quiz, { seed, now: T0 }),
        );
      }),
    );
  });

  it("never changes a score by shuffling questions or options", () => {
    const scoreWith = (seed: string) => {
      let attempt = assembleAttempt(quiz, { seed, now: T0 });
      for (const [id, response] of responses)
        attempt = recordResponse(quiz, attempt, id, response, T0);
      return submitAttempt(quiz, attempt, T0).result.points;
    };
    const reference = scoreWith("reference");
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), (seed) => {
        expect(scoreWith(seed)).toBe(reference);
      }),
    );
  });
});

describe("public view properties", () => {
  it("contains no key material for any generated question, seed and shuffle setting", () => {
    fc.assert(
      fc.property(
        questionArb,
        fc.string({ minLength: 1, maxLength: 20 }),
        fc.boolean(),
        (input, seed, shuffleOptions) => {
          const q = parseQuestion(input);
          const view = toPublicQuestion(q, { seed, shuffleOptions });
          const keys = keysDeep(view);
          for (const field of KEY_FIELDS) expect(keys.has(field)).toBe(false);
          expect(JSON.stringify(view)).not.toContain(SECRET);
          if (q.type === "numeric")
            expect(Object.keys(view).sort()).toEqual(["id", "points", "prompt", "type"]);
        },
      ),
    );
  });

  it("keeps author order for options when not shuffling (never sorted by correctness)", () => {
    fc.assert(
      fc.property(questionArb, fc.string({ minLength: 1, maxLength: 20 }), (input, seed) => {
        const q = parseQuestion(input);
        const view = toPublicQuestion(q, { seed, shuffleOptions: false });
        if (
          (q.type === "single_choice" || q.type === "multiple_response") &&
          view.type === q.type
        ) {
          expect(view.options.map((o) => o.text)).toEqual(q.options.map((o) => o.text));
        }
      }),
    );
  });
});
