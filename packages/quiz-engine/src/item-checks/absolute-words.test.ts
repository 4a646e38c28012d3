import { describe, expect, it } from "vitest";
import { quizOf, sc, tf } from "../testing/item-quizzes";
import { absoluteWordsIn, checkAbsoluteWords } from "./absolute-words";

describe("absolute words in true/false statements", () => {
  it.each([
    { prompt: "True or false: the soleus always works when you stand.", words: ["always"] },
    { prompt: "Muscles never respond to training after 70.", words: ["never"] },
    { prompt: "The soleus crosses only the ankle.", words: ["only"] },
    { prompt: "After 50 the calf pump no longer works.", words: ["no longer"] },
    { prompt: "Every clot causes pain.", words: ["every"] },
    { prompt: "Near miss: the soleus usually works when you stand.", words: [] },
    { prompt: "Near miss: lonely and knowledgeable words are not absolute.", words: [] },
  ])("$prompt", ({ prompt, words }) => {
    expect(absoluteWordsIn(prompt)).toEqual(words);
    const findings = checkAbsoluteWords(quizOf([tf(prompt)]));
    expect(findings.map((f) => `${f.severity}:${f.field}`)).toEqual(
      words.length ? ["warning:prompt"] : [],
    );
  });

  it("near miss: absolute words in a single-choice prompt are not this check's concern", () => {
    expect(
      checkAbsoluteWords(
        quizOf([sc("Which joint does the soleus always cross?", ["*Ankle", "Knee"])]),
      ),
    ).toEqual([]);
  });
});
