import { describe, expect, it } from "vitest";
import { mr, quizOf, sc } from "../testing/item-quizzes";
import { checkLengthCue } from "./length-cue";

const cued = (id?: string) =>
  sc(
    "Where is the soleus?",
    ["*Deep in the calf, under the gastrocnemius", "In the thigh", "In the foot"],
    id,
  );
const balanced = (id?: string) =>
  sc(
    "Where is the soleus?",
    [
      "*Deep in the calf, under the gastrocnemius",
      "Across the front of the shin bone",
      "At the back of the thigh, above the knee",
    ],
    id,
  );

describe("length cue", () => {
  it.each([
    {
      name: "key much longer than every distractor",
      quiz: quizOf([cued(), balanced(), balanced(), balanced()]),
      found: ["warning:options"],
    },
    {
      name: "near miss: key longest but under 1.3x the longest distractor",
      quiz: quizOf([
        sc("Which?", [
          "*The ankle joint only, nothing else",
          "The knee and the ankle joints",
          "Neither",
        ]),
      ]),
      found: [],
    },
    {
      name: "near miss: 1.5x longer but only 1 character (Yes / No)",
      quiz: quizOf([sc("Does it?", ["*Yes", "No"])]),
      found: [],
    },
    {
      name: "multiple response: every key clearly longer than every distractor",
      quiz: quizOf([
        mr("Which help?", [
          "*Walking for a few minutes every hour",
          "*Heel raises while the kettle boils",
          "Sitting",
          "Resting",
        ]),
      ]),
      found: ["warning:options"],
    },
    {
      name: "cue in 2 of 4 single-choice questions is a quiz-level error",
      quiz: quizOf([cued(), cued(), balanced(), balanced()]),
      found: ["warning:options", "warning:options", "error:questions"],
    },
    {
      name: "near miss: cue in 2 of 5 (40 %) is only two warnings",
      quiz: quizOf([cued(), cued(), balanced(), balanced(), balanced()]),
      found: ["warning:options", "warning:options"],
    },
  ])("$name", ({ quiz, found }) => {
    const findings = checkLengthCue(quiz);
    expect(findings.map((f) => `${f.severity}:${f.field}`)).toEqual(found);
    expect(findings.every((f) => f.check === "length-cue" && f.advice.length > 0)).toBe(true);
  });
});
