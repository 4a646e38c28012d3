import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findCopiedSentences, loadSeeds, normaliseForCopy } from "./seed-copy";

async function seedsFrom(text: string) {
  const dir = await mkdtemp(join(tmpdir(), "soleus-seeds-"));
  await writeFile(join(dir, "seed.txt"), text);
  const loaded = await loadSeeds(dir);
  if (!("seeds" in loaded)) throw new Error(loaded.issue.message);
  return loaded.seeds;
}

describe("seed copy check", () => {
  it("normalises case, accents, quotes and punctuation", () => {
    expect(normaliseForCopy("It’s the “Second  Heart” – café!")).toBe("it s the second heart cafe");
  });

  it("reports a missing seeds folder clearly", async () => {
    const dir = join(tmpdir(), "soleus-no-seeds-here");
    expect(await loadSeeds(dir)).toEqual({
      issue: { file: dir, line: 1, message: `seeds folder not found: ${dir}` },
    });
  });

  it("reports a seeds folder without .txt files", async () => {
    const dir = await mkdtemp(join(tmpdir(), "soleus-empty-seeds-"));
    expect(await loadSeeds(dir)).toEqual({
      issue: { file: dir, line: 1, message: `seeds folder has no .txt files: ${dir}` },
    });
  });

  it("flags 8+ word sentences found verbatim in a seed, in either direction", async () => {
    const seeds = await seedsFrom(
      "Intro line.\nYour heart pumps blood down and the soleus helps bring it back up. Short one here.\n",
    );
    const issues = findCopiedSentences(
      [
        {
          file: "a.md",
          line: 3,
          text: "Your heart pumps blood down and the soleus helps bring it back up.",
        },
        {
          file: "a.md",
          line: 4,
          text: "As they say, your heart pumps blood down and the soleus helps bring it back up!",
        },
        { file: "a.md", line: 5, text: "Short one here." },
        {
          file: "a.md",
          line: 6,
          text: "Your heart pumps blood down, and your calf brings it back.",
        },
      ],
      seeds,
    );
    expect(issues.map((issue) => issue.line)).toEqual([3, 4]);
  });

  it("does not flag short sentences even when copied", async () => {
    const seeds = await seedsFrom("The soleus is a deep muscle.\n");
    expect(
      findCopiedSentences([{ file: "a.md", line: 1, text: "The soleus is a deep muscle." }], seeds),
    ).toEqual([]);
  });
});
