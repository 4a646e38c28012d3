import { describe, expect, it } from "vitest";
import { ord, quizOf } from "../testing/item-quizzes";
import { checkTwoItemOrdering } from "./two-item-ordering";

describe("two-item ordering", () => {
  it.each([
    { name: "two items", q: ord("Order:", ["Heel lands", "Calf squeezes"]), fields: ["items"] },
    {
      name: "near miss: three items",
      q: ord("Order:", ["Heel lands", "Calf squeezes", "Valves close"]),
      fields: [],
    },
  ])("$name", ({ q, fields }) => {
    const findings = checkTwoItemOrdering(quizOf([q]));
    expect(findings.map((f) => `${f.severity}:${f.check}:${f.field}`)).toEqual(
      fields.map((f) => `warning:two-item-ordering:${f}`),
    );
  });
});
