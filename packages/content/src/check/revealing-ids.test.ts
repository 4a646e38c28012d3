import { describe, expect, it } from "vitest";
import { questionSchema } from "@soleus/quiz-engine/schema";
import { revealingIds } from "./revealing-ids";

const base = {
  prompt: "Which joint does the soleus cross?",
  points: 1,
  objectives: ["anatomy"],
  section: { lesson: "meet-the-soleus", anchor: "where-it-sits" },
  explanation: "It crosses only the ankle.",
};

describe("revealingIds", () => {
  it("finds a question id that names the answer", () => {
    const question = questionSchema.parse({
      ...base,
      id: "ankle-strategy-true",
      type: "true_false",
      answer: true,
    });
    expect(revealingIds(question)).toEqual([{ id: "ankle-strategy-true", path: ["id"] }]);
  });

  it("finds option ids that mark the right one", () => {
    const question = questionSchema.parse({
      ...base,
      id: "joint",
      type: "single_choice",
      options: [
        { id: "ankle-correct", text: "Ankle", correct: true },
        { id: "knee", text: "Knee", feedback: "No.", misconception: "Thinks it crosses the knee" },
      ],
    });
    expect(revealingIds(question)).toEqual([{ id: "ankle-correct", path: ["options", 0, "id"] }]);
  });

  it("accepts neutral ids, even ones containing those letters inside a word", () => {
    const question = questionSchema.parse({
      ...base,
      id: "strength-keys-to-balance",
      type: "single_choice",
      options: [
        { id: "a", text: "Ankle", correct: true },
        {
          id: "brighter",
          text: "Knee",
          feedback: "No.",
          misconception: "Thinks it crosses the knee",
        },
      ],
    });
    expect(revealingIds(question)).toEqual([]);
  });
});
