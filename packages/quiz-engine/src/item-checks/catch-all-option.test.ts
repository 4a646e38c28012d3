import { describe, expect, it } from "vitest";
import { quizOf, sc, mr } from "../testing/item-quizzes";
import { checkCatchAllOptions, isCatchAllOption } from "./catch-all-option";

describe('"all / none of the above"', () => {
  it.each([
    ["All of the above", true],
    ["none of the above.", true],
    ["Both of the above", true],
    ["None of these", true],
    ["**All** of the above", true],
    ["All of the calf muscles", false],
    ["None of these muscles cross the hip", false],
    ["Above the knee", false],
  ])("%s -> %s", (text, expected) => {
    expect(isCatchAllOption(text)).toBe(expected);
  });

  it.each([
    {
      name: "single choice with 'All of the above'",
      quiz: quizOf([sc("Which?", ["Heel", "Knee", "*All of the above"])]),
      fields: ["options.2.text"],
    },
    {
      name: "multiple response with 'None of the above'",
      quiz: quizOf([mr("Which?", ["*Heel", "Knee", "None of the above"])]),
      fields: ["options.2.text"],
    },
    {
      name: "near miss: an option that starts 'All of the'",
      quiz: quizOf([sc("Which?", ["*All of the calf muscles", "Only the soleus"])]),
      fields: [],
    },
  ])("$name", ({ quiz, fields }) => {
    const findings = checkCatchAllOptions(quiz);
    expect(findings.map((f) => f.field)).toEqual(fields);
    expect(findings.every((f) => f.severity === "error" && f.check === "catch-all-option")).toBe(
      true,
    );
  });
});
