import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { splitSentences, wordsOf } from "../sentences";
import type { Issue } from "./issues";

/** Sentences this long or longer must not be copied from the seed documents. */
export const COPY_MIN_WORDS = 8;

export interface SeedIndex {
  dir: string;
  /** Normalised seed text, one line per file, padded with spaces for whole-word matching. */
  text: string;
  /** Normalised seed sentences of COPY_MIN_WORDS+ words. */
  sentences: string[];
}

/** Lowercase, strip accents and punctuation, collapse spaces: "It’s  a “pump”!" -> "it s a pump". */
export function normaliseForCopy(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Read every `.txt` seed in `dir`; a missing or empty folder is an issue, never a silent pass. */
export async function loadSeeds(dir: string): Promise<{ seeds: SeedIndex } | { issue: Issue }> {
  let files: string[];
  try {
    files = (await readdir(dir)).filter((file) => file.endsWith(".txt")).sort();
  } catch {
    return { issue: { file: dir, line: 1, message: `seeds folder not found: ${dir}` } };
  }
  if (files.length === 0)
    return { issue: { file: dir, line: 1, message: `seeds folder has no .txt files: ${dir}` } };
  const texts = await Promise.all(files.map((file) => readFile(join(dir, file), "utf8")));
  const sentences = texts
    .flatMap((text) => text.split(/\n+/).flatMap(splitSentences))
    .map(normaliseForCopy)
    .filter((sentence) => wordsOf(sentence).length >= COPY_MIN_WORDS);
  return {
    seeds: { dir, text: texts.map((text) => ` ${normaliseForCopy(text)} `).join("\n"), sentences },
  };
}

/** A piece of course text to check, with where it came from. */
export interface LocatedText {
  file: string;
  line: number;
  text: string;
}

/**
 * Report every course sentence of COPY_MIN_WORDS+ words that appears verbatim (normalised) in a
 * seed, and every long seed sentence that appears inside a course sentence.
 */
export function findCopiedSentences(texts: readonly LocatedText[], seeds: SeedIndex): Issue[] {
  const issues: Issue[] = [];
  for (const { file, line, text } of texts) {
    for (const sentence of splitSentences(text)) {
      const normalised = normaliseForCopy(sentence);
      const copiesWhole =
        wordsOf(normalised).length >= COPY_MIN_WORDS && seeds.text.includes(` ${normalised} `);
      const containsSeed =
        !copiesWhole && seeds.sentences.some((seed) => ` ${normalised} `.includes(` ${seed} `));
      if (copiesWhole || containsSeed) {
        const shown = sentence.length > 80 ? `${sentence.slice(0, 77)}...` : sentence;
        issues.push({
          file,
          line,
          message: `sentence copied from the seed documents: "${shown}" (write it in your own words)`,
        });
      }
    }
  }
  return issues;
}
