import { distance } from "fastest-levenshtein";
import { normaliseAnswer } from "./normalise";

/**
 * How many single-character slips (insert, delete, change) an answer of this length forgives:
 * none up to 3 characters (a slip in "leg" makes another word), 1 up to 8 ("hart" for
 * "heart", "achiles" for "achilles"), 2 from 9 ("achiles tendon"). Counted in UTF-16 code units, as the distance is.
 */
export function allowedSlips(normalisedAnswer: string): number {
  const length = normalisedAnswer.length;
  if (length <= 3) return 0;
  if (length <= 8) return 1;
  return 2;
}

/** How a typed answer matched: exactly, or close enough with the spelling it was taken for. */
export type TypedMatch = { kind: "exact" } | { kind: "close"; accepted: string };

export interface TypedMatchOptions {
  caseSensitive?: boolean;
  /** Whether small spelling slips are forgiven (off where the spelling is the point). */
  forgiveSpelling: boolean;
  /**
   * Answers that belong elsewhere (another blank's accepted answers or options): a typed answer
   * that is as close to one of them as to this answer, or equal to one, is never forgiven.
   */
  rivals?: readonly string[];
}

/**
 * Match a typed answer against the accepted ones: exact after normalising, or (when forgiving)
 * within `allowedSlips` of the nearest accepted answer and strictly nearer to it than to any
 * rival. Returns null when it does not match.
 */
export function matchTyped(
  given: string,
  accepted: readonly string[],
  { caseSensitive = false, forgiveSpelling, rivals = [] }: TypedMatchOptions,
): TypedMatch | null {
  const typed = normaliseAnswer(given, caseSensitive);
  if (typed === "") return null;
  const normalised = accepted.map((a) => normaliseAnswer(a, caseSensitive));
  if (normalised.includes(typed)) return { kind: "exact" };
  if (!forgiveSpelling) return null;
  let index = -1;
  let slips = Infinity;
  normalised.forEach((answer, i) => {
    const d = distance(typed, answer);
    if (d <= allowedSlips(answer) && d < slips) {
      slips = d;
      index = i;
    }
  });
  if (index < 0) return null;
  for (const rival of rivals)
    if (distance(typed, normaliseAnswer(rival, caseSensitive)) <= slips) return null;
  return { kind: "close", accepted: accepted[index] ?? "" };
}

/**
 * The words of `accepted` the learner spelt differently, for "accepted — the spelling is …":
 * only the differing words when the word counts agree ("Achilles" for "achiles tendon"),
 * otherwise the whole accepted answer.
 */
export function spellingToShow(given: string, accepted: string, caseSensitive = false): string {
  const typedWords = normaliseAnswer(given, caseSensitive).split(" ");
  const acceptedWords = accepted.trim().split(/\s+/u);
  if (typedWords.length !== acceptedWords.length) return accepted.trim();
  const differing = acceptedWords.filter(
    (word, i) => normaliseAnswer(word, caseSensitive) !== typedWords[i],
  );
  return differing.length === 0 ? accepted.trim() : differing.join(" … ");
}

/** The note shown with an answer accepted despite a slip. */
export function spellingNote(given: string, accepted: string, caseSensitive = false): string {
  return `Accepted — the spelling is ${spellingToShow(given, accepted, caseSensitive)}.`;
}
