import { describe, expect, it } from "vitest";
import { ord, quizOf, sc } from "../testing/item-quizzes";
import { checkDuplicateOptions, optionSimilarity } from "./duplicate-options";

describe("duplicate and near-duplicate options", () => {
  it.each([
    {
      name: "same text, other case and full stop",
      q: sc("Which?", ["*The ankle", "the ankle.", "The hip"]),
      fields: ["options.1.text"],
    },
    {
      name: "one letter apart",
      q: sc("Which?", [
        "*It squeezes the deep veins",
        "It squeezes the deep vein",
        "It warms the skin",
      ]),
      fields: ["options.1.text"],
    },
    {
      name: "ordering items that repeat",
      q: ord("Order:", ["Lift the heels", "Lift the heels.", "Lower slowly"]),
      fields: ["items.1.text"],
    },
    {
      name: "near miss: one word apart in a short option",
      q: sc("Which?", ["*Only the ankle", "Only the knee", "The hip"]),
      fields: [],
    },
    {
      name: "near miss: different ideas, shared opening",
      q: sc("Which?", ["*Both the knee and the ankle", "Both the hip and the knee"]),
      fields: [],
    },
  ])("$name", ({ q, fields }) => {
    const findings = checkDuplicateOptions(quizOf([q]));
    expect(findings.map((f) => f.field)).toEqual(fields);
    expect(findings.every((f) => f.severity === "warning" && f.check === "duplicate-option")).toBe(
      true,
    );
  });

  it("scores the same text 1 and unrelated text low", () => {
    expect(optionSimilarity("The Ankle.", "the ankle")).toBe(1);
    expect(optionSimilarity("The ankle", "A tendon")).toBeLessThan(0.5);
  });
});
