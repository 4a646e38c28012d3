import { describe, expect, it } from "vitest";
import { parseNumberWithUnit } from "./number-with-unit";

const minutes = { name: "minutes", spellings: ["minutes", "minute", "mins", "min"] };
const degrees = { name: "degrees", spellings: ["degrees", "degree", "deg", "°"] };

describe("parseNumberWithUnit", () => {
  it.each([
    ["30", minutes, { kind: "number", value: 30, unit: null }],
    ["30 mins", minutes, { kind: "number", value: 30, unit: "minutes" }],
    ["30mins", minutes, { kind: "number", value: 30, unit: "minutes" }],
    [" 2,5 Min ", minutes, { kind: "number", value: 2.5, unit: "minutes" }],
    ["90°", degrees, { kind: "number", value: 90, unit: "degrees" }],
    ["90 DEG", degrees, { kind: "number", value: 90, unit: "degrees" }],
    ["30 hours", minutes, { kind: "unknown-unit", value: 30, typed: "hours" }],
    ["thirty", minutes, { kind: "not-a-number" }],
    ["", minutes, { kind: "empty" }],
  ] as const)("%j", (raw, unit, expected) => {
    expect(parseNumberWithUnit(raw, unit)).toEqual(expected);
  });
});
