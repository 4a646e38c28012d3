import { syllable } from "syllable";
import { splitSentences, wordsOf } from "./sentences";

export interface ReadingGrade {
  /** Flesch-Kincaid grade level, rounded to one decimal. */
  grade: number;
  words: number;
  sentences: number;
  syllables: number;
}

/** The default upper limit for a lesson's Flesch-Kincaid grade. */
export const READING_GRADE_LIMIT = 8;

function syllablesOf(word: string): number {
  // Numbers like "12" or "30" are read as short words; count them as one syllable.
  return /\p{L}/u.test(word) ? Math.max(1, syllable(word)) : 1;
}

/**
 * Flesch-Kincaid grade of prose given as blocks (paragraphs, list items, exercise fields).
 * Each block ends at least one sentence, so list items without a full stop still count.
 * Headings, labels and code never reach this function (see render/prose.ts).
 */
export function readingGrade(blocks: readonly string[]): ReadingGrade {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  // Blocks without letters (a sets count, "12-20") are data, not prose.
  for (const block of blocks.filter((text) => /\p{L}/u.test(text))) {
    for (const sentence of splitSentences(block)) {
      const sentenceWords = wordsOf(sentence);
      sentences += 1;
      words += sentenceWords.length;
      for (const word of sentenceWords) syllables += syllablesOf(word);
    }
  }
  if (words === 0) return { grade: 0, words, sentences, syllables };
  const grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
  return { grade: Math.round(grade * 10) / 10, words, sentences, syllables };
}
