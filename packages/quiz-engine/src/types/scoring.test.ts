import { describe, expect, it } from "vitest";
import type { QuestionInput } from "../schema";
import { scoreQuestion } from "../scoring";
import {
  fillBlanksInput,
  matchingInput,
  multipleResponseInput,
  numericInput,
  orderingInput,
  shortTextInput,
  singleChoiceInput,
  trueFalseInput,
} from "../testing/fixtures";
import { parseQuestion } from "../validated";

type Row = [label: string, response: unknown, fraction: number];

function table(name: string, input: QuestionInput, rows: Row[]): void {
  describe(name, () => {
    const question = parseQuestion(input);
    it.each(rows)("%s", (_label, response, fraction) => {
      const score = scoreQuestion(question, response);
      expect(score.fraction).toBeCloseTo(fraction, 12);
      expect(score.earned).toBeCloseTo(fraction * question.points, 12);
    });
  });
}

table("single choice", singleChoiceInput, [
  ["the correct option", { optionId: "ankle" }, 1],
  ["a wrong option", { optionId: "knee" }, 0],
  ["unanswered", undefined, 0],
]);

table("multiple response, all or nothing", multipleResponseInput, [
  ["exactly the correct set", { optionIds: ["b", "a"] }, 1],
  ["one correct missing", { optionIds: ["a"] }, 0],
  ["correct set plus a wrong one", { optionIds: ["a", "b", "c"] }, 0],
  ["nothing ticked", { optionIds: [] }, 0],
]);

// Defaults: each of 2 correct options +1/2, each of 2 wrong options -1/2.
table("multiple response, default fractions", { ...multipleResponseInput, scoring: "fractions" }, [
  ["both correct", { optionIds: ["a", "b"] }, 1],
  ["one correct: 1/2", { optionIds: ["a"] }, 0.5],
  ["one correct, one wrong: 1/2 - 1/2 = 0", { optionIds: ["a", "c"] }, 0],
  ["everything: 1 - 1 = 0", { optionIds: ["a", "b", "c", "d"] }, 0],
  ["only wrong ones: floored at 0", { optionIds: ["c", "d"] }, 0],
]);

table(
  "multiple response, author fractions",
  {
    ...multipleResponseInput,
    scoring: "fractions",
    options: [
      { id: "a", text: "A", correct: true, fraction: 0.75 },
      { id: "b", text: "B", correct: true, fraction: 0.25 },
      { id: "c", text: "C", correct: false, fraction: -0.25 },
      { id: "d", text: "D", correct: false, fraction: 0 },
    ],
  },
  [
    ["a only: 0.75", { optionIds: ["a"] }, 0.75],
    ["b and c: 0.25 - 0.25 = 0", { optionIds: ["b", "c"] }, 0],
    ["a, b, d: 1", { optionIds: ["a", "b", "d"] }, 1],
    ["a and c: 0.5", { optionIds: ["a", "c"] }, 0.5],
  ],
);

// (right - wrong) / correct count, floored at 0.
table(
  "multiple response, right minus wrong",
  { ...multipleResponseInput, scoring: "right_minus_wrong" },
  [
    ["both right: 2/2", { optionIds: ["a", "b"] }, 1],
    ["one right: 1/2", { optionIds: ["a"] }, 0.5],
    ["two right one wrong: 1/2", { optionIds: ["a", "b", "c"] }, 0.5],
    ["one right one wrong: 0", { optionIds: ["b", "d"] }, 0],
    ["two wrong: floored at 0", { optionIds: ["c", "d"] }, 0],
  ],
);

table("true/false", trueFalseInput, [
  ["true (right)", { value: true }, 1],
  ["false (wrong)", { value: false }, 0],
]);

// Key order sit < lift < pause < lower; 4 items have 6 pairs.
table("ordering, pairs", orderingInput, [
  ["correct order", { order: ["sit", "lift", "pause", "lower"] }, 1],
  ["reversed: 0 of 6 pairs", { order: ["lower", "pause", "lift", "sit"] }, 0],
  ["first two swapped: 5 of 6", { order: ["lift", "sit", "pause", "lower"] }, 5 / 6],
  ["last moved first: 3 of 6", { order: ["lower", "sit", "lift", "pause"] }, 3 / 6],
]);

table("ordering, exact", { ...orderingInput, scoring: "exact" }, [
  ["correct order", { order: ["sit", "lift", "pause", "lower"] }, 1],
  ["one swap", { order: ["lift", "sit", "pause", "lower"] }, 0],
]);

table("matching", matchingInput, [
  ["both pairs", { pairs: { soleus: "deep", gastroc: "surface" } }, 1],
  ["key order does not matter", { pairs: { gastroc: "surface", soleus: "deep" } }, 1],
  ["one pair right", { pairs: { soleus: "deep", gastroc: "thigh" } }, 0.5],
  ["one prompt left empty", { pairs: { gastroc: "surface" } }, 0.5],
  ["distractor everywhere", { pairs: { soleus: "thigh", gastroc: "thigh" } }, 0],
]);

table("numeric, absolute tolerance 0.5, units s/seconds", numericInput, [
  ["exact", { value: 3 }, 1],
  ["at the tolerance edge", { value: 3.5 }, 1],
  ["just outside", { value: 3.5001 }, 0],
  ["below, inside", { value: 2.6, unit: "s" }, 1],
  ["accepted unit, other case and spacing", { value: 3, unit: "  Seconds " }, 1],
  ["wrong unit", { value: 3, unit: "minutes" }, 0],
  ["empty unit counts as none", { value: 3, unit: "" }, 1],
]);

table(
  "numeric, relative tolerance 10% of 200",
  { ...numericInput, answer: 200, tolerance: { kind: "relative", value: 0.1 }, units: undefined },
  [
    ["180 is inside", { value: 180 }, 1],
    ["220 is inside", { value: 220 }, 1],
    ["221 is outside", { value: 221 }, 0],
    ["a unit is ignored when none are listed", { value: 200, unit: "kg" }, 1],
  ],
);

table(
  "numeric, zero tolerance survives floating point",
  { ...numericInput, answer: 0.3, tolerance: { kind: "absolute", value: 0 } },
  [
    ["0.1 + 0.2", { value: 0.1 + 0.2 }, 1],
    ["0.31", { value: 0.31 }, 0],
  ],
);

table("short text", shortTextInput, [
  ["exact", { text: "soleus" }, 1],
  ["case, spaces and accents ignored", { text: "  SÓLEUS   Muscle " }, 1],
  ["pattern match", { text: "soléus" }, 1],
  ["partial word", { text: "sole" }, 0],
  ["pattern must match the whole answer", { text: "the soleus" }, 0],
  ["empty", { text: "   " }, 0],
]);

table(
  "short text, case sensitive",
  { ...shortTextInput, accepted: ["ATP"], pattern: undefined, caseSensitive: true },
  [
    ["same case", { text: "ATP" }, 1],
    ["other case", { text: "atp" }, 0],
  ],
);

table("fill blanks", fillBlanksInput, [
  ["both right", { blanks: { muscle: "Soleus", where: "under" } }, 1],
  ["text right, choice wrong", { blanks: { muscle: "soleus", where: "over" } }, 0.5],
  ["only the choice, right", { blanks: { where: "under" } }, 0.5],
  ["text wrong", { blanks: { muscle: "gastrocnemius", where: "over" } }, 0],
]);

describe("feedback and misconceptions", () => {
  it("returns the chosen option's feedback and misconception", () => {
    const score = scoreQuestion(parseQuestion(singleChoiceInput), { optionId: "knee" });
    expect(score.status).toBe("incorrect");
    expect(score.feedback).toEqual(["It starts below the knee."]);
    expect(score.misconceptions).toEqual(["thinks the soleus crosses the knee"]);
  });
  it("reports misconceptions of wrong options ticked in a multiple response", () => {
    const score = scoreQuestion(parseQuestion(multipleResponseInput), { optionIds: ["a", "c"] });
    expect(score.misconceptions).toEqual(["mc"]);
    expect(score.status).toBe("incorrect");
  });
  it("marks partial credit as partially correct", () => {
    const score = scoreQuestion(parseQuestion(matchingInput), { pairs: { soleus: "deep" } });
    expect(score.status).toBe("partially_correct");
  });
  it("gives true/false feedback for the value chosen", () => {
    const score = scoreQuestion(parseQuestion(trueFalseInput), { value: false });
    expect(score.feedback).toEqual(["It does: it squeezes the deep veins."]);
    expect(score.misconceptions).toEqual(["thinks only the heart pumps blood"]);
  });
  it("scales by points", () => {
    const score = scoreQuestion(parseQuestion({ ...matchingInput, points: 4 }), {
      pairs: { soleus: "deep" },
    });
    expect(score.earned).toBe(2);
    expect(score.max).toBe(4);
  });
});
