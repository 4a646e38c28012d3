import { wordsOf } from "../sentences";

/**
 * Reading speed used for lesson estimates: 200 words per minute. Adults average about 238 wpm
 * for silent non-fiction reading (Brysbaert, 2019) and reading slows with age, so we round down
 * for our 50+ readers.
 */
export const WORDS_PER_MINUTE = 200;

/** Whole minutes to read `text` at WORDS_PER_MINUTE, never less than 1. */
export function readingMinutes(text: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.ceil(wordsOf(text).length / wordsPerMinute));
}
