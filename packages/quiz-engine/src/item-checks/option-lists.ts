import type { Question } from "../schemas/question";

/** One list of texts a learner chooses from or arranges, with where it sits in the question. */
export interface OptionList {
  /** Path of the list inside the question, e.g. ["options"] or ["blanks", 0, "options"]. */
  path: (string | number)[];
  entries: readonly { id: string; text: string; correct?: boolean }[];
  /** True when entries carry `correct` (choice lists), false for items, answers and prompts. */
  hasKey: boolean;
}

/** Every option-like list of a question: choice options, choice blanks, matching answers, ordering items. */
export function optionListsOf(question: Question): OptionList[] {
  switch (question.type) {
    case "single_choice":
    case "multiple_response":
      return [{ path: ["options"], entries: question.options, hasKey: true }];
    case "fill_blanks":
      return question.blanks.flatMap((blank, b) =>
        blank.kind === "choice"
          ? [{ path: ["blanks", b, "options"], entries: blank.options, hasKey: true }]
          : [],
      );
    case "matching":
      return [{ path: ["answers"], entries: question.answers, hasKey: false }];
    case "ordering":
      return [{ path: ["items"], entries: question.items, hasKey: false }];
    default:
      return [];
  }
}

/** Position the quiz-wide share rules care about: how many of `count` questions, and the cut-off. */
export const PATTERN_SHARE = 0.4;

/**
 * Whether `count` of `total` questions form a pattern a learner can exploit: more than 40 % of
 * them, and at least two (one question alone is not a pattern).
 */
export function isPattern(count: number, total: number): boolean {
  return count >= 2 && count > PATTERN_SHARE * total;
}
