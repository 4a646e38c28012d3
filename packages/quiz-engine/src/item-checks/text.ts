/** Text helpers shared by the item checks: plain text, words and content words. */

/** Markdown emphasis and code marks removed, whitespace collapsed. */
export function plainText(text: string): string {
  return text
    .replace(/[*_`]+/gu, "")
    .replace(/\s+/gu, " ")
    .trim();
}

/** The words of a text, lowercased, accents kept (numbers count as words). */
export function wordsOf(text: string): string[] {
  return (
    plainText(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? []
  );
}

// Words too common to tell one option from another.
const STOP_WORDS = new Set(
  (
    "a an the and or but of to in on at by for from with without into onto over under up down " +
    "is are was were be been being it its this that these those there their they them you your " +
    "he she his her we our us i me my as so than then too very more most less least much many " +
    "can could will would should may might must do does did done not no yes if when while what " +
    "which who whom whose why how all any both each few some such only own same just also about " +
    "after before again once here out off through during until because get gets got make makes"
  ).split(" "),
);

/** Words that carry meaning: at least 3 letters and not a stop word. */
export function contentWords(text: string): string[] {
  return wordsOf(text).filter((word) => word.length >= 3 && !STOP_WORDS.has(word));
}

/** Whether `haystack` contains `phrase` as whole words (both compared as lowercase words). */
export function containsPhrase(haystack: string, phrase: string): boolean {
  const needle = wordsOf(phrase);
  if (needle.length === 0) return false;
  const words = wordsOf(haystack);
  for (let start = 0; start + needle.length <= words.length; start++) {
    if (needle.every((word, k) => words[start + k] === word)) return true;
  }
  return false;
}

/** Length in characters of an option's plain text. */
export function textLength(text: string): number {
  return plainText(text).length;
}
