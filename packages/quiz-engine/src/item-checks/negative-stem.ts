import type { Quiz } from "../schemas/quiz";
import { questionFinding, type ItemFinding } from "./finding";

const NEGATIVE_WORD = /\b(not|except|least)\b/giu;

/** Spans of **bold** or __bold__ text in a prompt. */
function boldSpans(prompt: string): [number, number][] {
  return [...prompt.matchAll(/(\*\*|__)(.+?)\1/gu)].map((m) => [m.index, m.index + m[0].length]);
}

/** The negative words of a prompt that are neither in CAPITALS nor in **bold**. */
export function unemphasisedNegatives(prompt: string): string[] {
  const bold = boldSpans(prompt);
  return [...prompt.matchAll(NEGATIVE_WORD)]
    .filter((m) => m[0] !== m[0].toUpperCase())
    .filter((m) => !bold.some(([start, end]) => m.index >= start && m.index < end))
    .map((m) => m[0]);
}

/**
 * Negative stems (warning): "not", "except" and "least" are easy to read past; a learner who
 * misses them answers the opposite question. Emphasis is CAPITALS or **bold**.
 */
export function checkNegativeStems(quiz: Quiz): ItemFinding[] {
  return quiz.questions.flatMap((question, index) => {
    const words = unemphasisedNegatives(question.prompt);
    if (words.length === 0) return [];
    const quoted = [...new Set(words)].map((w) => `"${w}"`).join(", ");
    return [
      questionFinding(
        "warning",
        "negative-stem",
        question,
        index,
        ["prompt"],
        `The prompt turns on ${quoted}, which is easy to read past.`,
        "Ask the question the positive way round, or emphasise the word: **not** or NOT.",
      ),
    ];
  });
}
