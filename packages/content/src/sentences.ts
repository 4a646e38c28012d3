const wordPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** The words of a text: runs of letters/digits, keeping inner apostrophes and hyphens ("don't", "warm-up"). */
export function wordsOf(text: string): string[] {
  return text.match(wordPattern) ?? [];
}

/** Split prose into sentences at ., ! or ? followed by space (closing quotes and brackets stay with their sentence). */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…]["'”’)\]]*)\s+/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => wordsOf(sentence).length > 0);
}
