import { describe, expect, it } from "vitest";
import { toPublicQuestion } from "../public-view";
import { scoreQuestion } from "../scoring";
import { numericInput } from "../testing/fixtures";
import { parseQuestion } from "../validated";

const angle = parseQuestion({
  ...numericInput,
  units: undefined,
  answer: 90,
  tolerance: { kind: "absolute", value: 10 },
  unit: { name: "degrees", aliases: ["degree", "deg", "°"] },
});

describe("a numeric question's unit, with aliases", () => {
  it("shows the unit once, by its name, with the spellings the box accepts", () => {
    const view = toPublicQuestion(angle, { seed: "s" });
    expect(view).toMatchObject({
      type: "numeric",
      unit: { name: "degrees", spellings: ["degrees", "degree", "deg", "°"] },
    });
  });
  it.each([["degrees"], ["Deg"], ["°"], [""]])("accepts the unit spelt %j", (unit) => {
    expect(scoreQuestion(angle, { value: 90, unit }).fraction).toBe(1);
  });
  it("refuses another unit and a unit given twice over", () => {
    expect(scoreQuestion(angle, { value: 90, unit: "minutes" }).fraction).toBe(0);
    expect(() =>
      parseQuestion({ ...numericInput, unit: { name: "s", aliases: ["S"] }, units: undefined }),
    ).toThrow(/duplicate unit spelling/);
    expect(() => parseQuestion({ ...numericInput, unit: { name: "s", aliases: [] } })).toThrow(
      /not both/,
    );
  });
  it("reads the older list of spellings as one unit named by the first", () => {
    const view = toPublicQuestion(parseQuestion(numericInput), { seed: "s" });
    expect(view).toMatchObject({ unit: { name: "s", spellings: ["s", "seconds"] } });
  });
});
