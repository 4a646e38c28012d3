/** The checks a coach may keep on purpose, with a reason written next to the question. */
export const ACKNOWLEDGEABLE_CHECKS = [
  "length-cue",
  "negative-stem",
  "absolute-words",
  "giveaway",
  "duplicate-option",
  "short-distractor",
  "two-item-ordering",
  "readability",
] as const;
export type AcknowledgeableCheck = (typeof ACKNOWLEDGEABLE_CHECKS)[number];

/** Codes of the question- and quiz-level checks in this module. */
export type ItemCheckCode =
  | "key-position"
  | "length-cue"
  | "catch-all-option"
  | "negative-stem"
  | "absolute-words"
  | "giveaway"
  | "duplicate-option"
  | "short-distractor"
  | "two-item-ordering";

/** `error` blocks publishing; `warning` is shown and may be kept with a written reason. */
export type Severity = "error" | "warning";

/** One thing a check found, phrased for a coach. */
export interface ItemFinding<Code extends string = ItemCheckCode> {
  severity: Severity;
  check: Code;
  /** The question it concerns, or null for a finding about the quiz as a whole. */
  questionId: string | null;
  /** Where in the quiz document, from the quiz root (e.g. ["questions", 2, "options", 1, "text"]). */
  path: (string | number)[];
  /** The field inside the question (e.g. "options.1.text"), or inside the quiz for quiz-wide findings. */
  field: string;
  /** What is wrong, in plain words. */
  message: string;
  /** What to change. */
  advice: string;
}

/** Build a finding about field `rest` of question number `index`. */
export function questionFinding<Code extends string>(
  severity: Severity,
  check: Code,
  question: { id: string },
  index: number,
  rest: (string | number)[],
  message: string,
  advice: string,
): ItemFinding<Code> {
  return {
    severity,
    check,
    questionId: question.id,
    path: ["questions", index, ...rest],
    field: rest.join("."),
    message,
    advice,
  };
}
