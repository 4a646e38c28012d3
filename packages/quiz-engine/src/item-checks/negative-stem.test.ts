import { describe, expect, it } from "vitest";
import { quizOf, sc, tf } from "../testing/item-quizzes";
import { checkNegativeStems } from "./negative-stem";

const options = ["*Heel", "Knee"];

describe("negative stems", () => {
  it.each([
    { name: "plain 'not'", prompt: "Which of these does not help the calf pump?", found: true },
    { name: "plain 'except'", prompt: "All of these help, except which?", found: true },
    { name: "plain 'least'", prompt: "Which is least likely to help?", found: true },
    {
      name: "true/false statement with 'not'",
      prompt: "True or false: the soleus does not cross the knee.",
      found: true,
      tf: true,
    },
    {
      name: "one emphasised, one not",
      prompt: "Which does **not** help, and which is not safe?",
      found: true,
    },
    {
      name: "near miss: NOT in capitals",
      prompt: "Which of these does NOT help the calf pump?",
      found: false,
    },
    {
      name: "near miss: **not** in bold",
      prompt: "Which of these does **not** help the calf pump?",
      found: false,
    },
    {
      name: "near miss: __EXCEPT__ and words containing 'not'",
      prompt: "Which note is right, __except__ this?",
      found: false,
    },
    {
      name: "near miss: positive stem",
      prompt: "Which of these helps the calf pump?",
      found: false,
    },
  ])("$name", ({ prompt, found, tf: isTf }) => {
    const findings = checkNegativeStems(quizOf([isTf ? tf(prompt) : sc(prompt, options)]));
    expect(findings.map((f) => `${f.severity}:${f.check}:${f.field}`)).toEqual(
      found ? ["warning:negative-stem:prompt"] : [],
    );
  });
});
