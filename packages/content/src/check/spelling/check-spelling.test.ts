import { describe, expect, it } from "vitest";
import { checkSpelling } from "./check-spelling";
import { parseWordList } from "./spelling-settings";

const at = (text: string) => [{ file: "lesson.md", line: 10, text }];

describe("checkSpelling (British English plus the course word list)", () => {
  it.each([
    {
      name: "an American -or spelling",
      text: "The skin may change color.",
      words: [],
      found: [
        '10:"color" is not in the British English dictionary or the course word list (did you mean',
      ],
    },
    {
      name: "near miss: the British spelling",
      text: "The skin may change colour.",
      words: [],
      found: [],
    },
    {
      name: "a flagged American form the dictionary allows",
      text: "Healthy aging starts with walking.",
      words: [],
      found: ['10:"aging" is the American spelling; the product writes British English: "ageing"'],
    },
    {
      name: "near miss: ageing",
      text: "Healthy ageing starts with walking.",
      words: [],
      found: [],
    },
    {
      name: "a typo",
      text: "The soleus is a deep muscel.",
      words: [],
      found: ['10:"muscel" is not in the British English dictionary'],
    },
    {
      name: "a term missing from the dictionary",
      text: "The plantaris is a small muscle.",
      words: [],
      found: ['10:"plantaris" is not in the British English dictionary'],
    },
    {
      name: "near miss: the term is in the course word list",
      text: "The plantaris is a small muscle.",
      words: ["plantaris"],
      found: [],
    },
    {
      name: "near miss: a pronunciation guide",
      text: 'The soleus (say "SO-lee-us") lies deep.',
      words: [],
      found: [],
    },
    {
      name: "a misspelling on a later line of a lesson body",
      text: "First line.\n\n:::keypoints\n- The heart keeps beeting.\n:::",
      words: [],
      found: ['13:"beeting" is not in the British English dictionary'],
    },
    {
      name: "an American -er spelling in Markdown",
      text: "## Where it sits\n\nIt is near the center of the calf.",
      words: [],
      found: ['12:"center" is the American spelling; the product writes British English: "centre"'],
    },
  ])(
    "$name",
    async ({ text, words, found }) => {
      const issues = await checkSpelling(at(text), words);
      expect(
        issues
          .map((i) => `${i.line}:${i.message}`)
          .map((m, k) => m.slice(0, found[k]?.length ?? m.length)),
      ).toEqual(found);
      expect(issues.every((i) => i.check === "spelling" && (i.advice ?? "").length > 0)).toBe(true);
    },
    60_000,
  );

  it("reads a word list: one word a line, comments and blank lines ignored", () => {
    expect(parseWordList("# terms\nplantaris\n\n  surae  # calf\n")).toEqual([
      "plantaris",
      "surae",
    ]);
  });
});
