import { describe, expect, it } from "vitest";
import { readingGrade } from "./reading-grade";
import { renderLesson } from "./render/pipeline";
import { splitSentences } from "./sentences";

describe("readingGrade (Flesch-Kincaid)", () => {
  it("computes the textbook formula", () => {
    // 2 sentences, 9 words, 10 syllables ("happy" has 2): 0.39 * 4.5 + 11.8 * 10/9 - 15.59 = -0.72
    const result = readingGrade(["The cat sat down. It was a happy cat."]);
    expect(result).toEqual({ grade: -0.7, words: 9, sentences: 2, syllables: 10 });
  });

  it("rates long, polysyllabic prose far higher than short plain prose", () => {
    const plain = readingGrade(["Sit on a chair. Lift your heels. Put them down slowly."]);
    const dense = readingGrade([
      "Physiological considerations regarding intramuscular venous accumulation necessitate comprehensive understanding of musculoskeletal biomechanics.",
    ]);
    expect(plain.grade).toBeLessThan(3);
    expect(dense.grade).toBeGreaterThan(16);
  });

  it("treats each block as at least one sentence", () => {
    expect(readingGrade(["Lift your heels", "Lower them"]).sentences).toBe(2);
  });

  it("returns grade 0 for no words", () => {
    expect(readingGrade([]).grade).toBe(0);
  });

  it("reads lesson prose and exercise text, but skips code and headings", () => {
    const rendered = renderLesson(
      "## Extraordinarily complicated heading words\n\nSit down.\n\n```js\nconst unbelievablyComplicatedIdentifier = 1;\n```\n\n```exercise\nid: x\nname: X\nstart: Stand up.\nsteps: [Lift.]\nreps: 5\nsets: 1\ntempo: Slow.\nfeel: Warm.\nsafety: [Stop.]\neasier: Less.\nharder: More.\n```",
      { courseSlug: "c" },
    );
    expect(rendered.prose.map((segment) => segment.text)).toEqual([
      "Sit down.",
      "Stand up.",
      "5",
      "1",
      "Slow.",
      "Warm.",
      "Lift.",
      "Stop.",
      "Less.",
      "More.",
    ]);
  });
});

describe("splitSentences", () => {
  it("splits at sentence ends and keeps closing quotes", () => {
    expect(splitSentences("It pumps. “Really?” Yes! Dr. Who... fine")).toEqual([
      "It pumps.",
      "“Really?”",
      "Yes!",
      "Dr.",
      "Who...",
      "fine",
    ]);
  });
});
