import { describe, expect, it } from "vitest";
import { mr, quizOf, sc } from "../testing/item-quizzes";
import { checkKeyPosition } from "./key-position";

const keyAt = (position: number): string[] =>
  ["Heel", "Knee", "Hip", "Toe"].map((t, i) => (i === position ? `*${t}` : t));

describe("key position", () => {
  it.each([
    {
      name: "every key in position a, options unshuffled",
      quiz: quizOf([sc("Q1?", keyAt(0)), sc("Q2?", keyAt(0)), sc("Q3?", keyAt(0))]),
      fields: ["settings.shuffleOptions"],
    },
    {
      name: "2 of 4 keys in position b (50 % > 40 %)",
      quiz: quizOf([
        sc("Q1?", keyAt(1)),
        sc("Q2?", keyAt(1)),
        sc("Q3?", keyAt(2)),
        sc("Q4?", keyAt(3)),
      ]),
      fields: ["settings.shuffleOptions"],
    },
    {
      name: "near miss: 2 of 5 keys share a position (40 % is allowed)",
      quiz: quizOf([
        sc("Q1?", keyAt(1)),
        sc("Q2?", keyAt(1)),
        sc("Q3?", keyAt(2)),
        sc("Q4?", keyAt(3)),
        sc("Q5?", keyAt(0)),
      ]),
      fields: [],
    },
    {
      name: "near miss: every key in position a but options are shuffled per attempt",
      quiz: quizOf([sc("Q1?", keyAt(0)), sc("Q2?", keyAt(0)), sc("Q3?", keyAt(0))], true),
      fields: [],
    },
    {
      name: "near miss: a single single-choice question is no pattern",
      quiz: quizOf([sc("Q1?", keyAt(0))]),
      fields: [],
    },
    {
      name: "multiple-response keys all before the distractors",
      quiz: quizOf([mr("Which?", ["*Heel", "*Knee", "Hip", "Toe"])]),
      fields: ["options"],
    },
    {
      name: "near miss: multiple-response keys mixed in",
      quiz: quizOf([mr("Which?", ["Hip", "*Heel", "Toe", "*Knee"])]),
      fields: [],
    },
  ])("$name", ({ quiz, fields }) => {
    const findings = checkKeyPosition(quiz);
    expect(findings.map((f) => f.field)).toEqual(fields);
    for (const f of findings) {
      expect(f.severity).toBe("error");
      expect(f.check).toBe("key-position");
      expect(f.advice).toMatch(/shuffleOptions/u);
    }
  });

  it("names the position and the questions", () => {
    const [finding] = checkKeyPosition(
      quizOf([sc("Q1?", keyAt(0), "first"), sc("Q2?", keyAt(0), "second")]),
    );
    expect(finding?.message).toContain(
      "2 of 2 single-choice answers are option a (position 1) (first, second)",
    );
  });
});
