import { describe, expect, it } from "vitest";
import { quizOf, sc } from "../testing/item-quizzes";
import { checkShortDistractors } from "./short-distractors";

describe("implausibly short distractors", () => {
  it.each([
    {
      name: "a one-word distractor among sentences",
      q: sc("Why does the soleus tire sooner with age?", [
        "*It is smaller, so each squeeze has less force",
        "It works only when you lie down flat",
        "Magic",
      ]),
      fields: ["options.2.text"],
    },
    {
      name: "near miss: short terms throughout",
      q: sc("Which muscle?", ["*Soleus", "Gastrocnemius", "Tibialis anterior"]),
      fields: [],
    },
    {
      name: "near miss: a shorter but real distractor",
      q: sc("Why does the soleus tire sooner with age?", [
        "*It is smaller, so each squeeze has less force",
        "It works only when you lie down flat",
        "Its tendon gets longer",
      ]),
      fields: [],
    },
    {
      name: "near miss: a short correct option is another check's business",
      q: sc("Which joint does the soleus cross?", [
        "*Ankle",
        "Both the knee and the hip joints at once",
        "The hip, the knee and the ankle joints",
      ]),
      fields: [],
    },
  ])("$name", ({ q, fields }) => {
    const findings = checkShortDistractors(quizOf([q]));
    expect(findings.map((f) => f.field)).toEqual(fields);
    expect(findings.every((f) => f.severity === "warning" && f.check === "short-distractor")).toBe(
      true,
    );
  });
});
