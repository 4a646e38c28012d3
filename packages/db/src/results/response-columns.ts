import {
  choiceMask,
  normaliseAnswer,
  type Question,
  type QuestionResult,
} from "@soleus/quiz-engine";

/** The columns of one submitted response row that results aggregate in SQL (docs/decisions/0032). */
export interface ResponseColumns {
  questionType: Question["type"];
  chosenOptions: string[] | null;
  choiceMask: number;
  misconceptions: string[];
  objectives: string[];
  answerText: string | null;
}

type AnyResponse = Record<string, unknown> | null | undefined;

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === "string");
const isStringRecord = (value: unknown): value is Record<string, string> =>
  typeof value === "object" &&
  value !== null &&
  Object.values(value).every((v) => typeof v === "string");

/** Authored option ids chosen: choice questions, and "true"/"false" for true/false. */
function chosenOptionsOf(question: Question, response: AnyResponse): string[] | null {
  if (!response) return null;
  if (question.type === "single_choice" && typeof response.optionId === "string")
    return [response.optionId];
  if (question.type === "multiple_response" && isStringArray(response.optionIds))
    return [...response.optionIds];
  if (question.type === "true_false" && typeof response.value === "boolean")
    return [String(response.value)];
  return null;
}

/**
 * A canonical text of an answer that has no options, so equal answers group together when
 * ranking the most common wrong ones: the number (and unit), the normalised text, the item ids
 * in order (">"), the pairs by prompt ("p=a;…"), the normalised blanks by blank id (" | ").
 * The migration's backfill writes the same format.
 */
export function answerTextOf(question: Question, response: AnyResponse): string | null {
  if (!response) return null;
  switch (question.type) {
    case "numeric":
      return typeof response.value === "number"
        ? `${String(response.value)}${typeof response.unit === "string" ? ` ${response.unit}` : ""}`
        : null;
    case "short_text":
      return typeof response.text === "string" ? normaliseAnswer(response.text) : null;
    case "ordering":
      return isStringArray(response.order) ? response.order.join(">") : null;
    case "matching":
      return isStringRecord(response.pairs)
        ? Object.keys(response.pairs)
            .sort()
            .map((k) => `${k}=${(response.pairs as Record<string, string>)[k] ?? ""}`)
            .join(";")
        : null;
    case "fill_blanks":
      return isStringRecord(response.blanks)
        ? Object.keys(response.blanks)
            .sort()
            .map((k) => normaliseAnswer((response.blanks as Record<string, string>)[k] ?? ""))
            .join(" | ")
        : null;
    default:
      return null;
  }
}

/** What submit (and the generator) stores per asked question besides the mark. */
export function responseColumns(
  question: Question,
  response: unknown,
  scored: Pick<QuestionResult, "misconceptions" | "objectives">,
): ResponseColumns {
  const r = (typeof response === "object" ? response : null) as AnyResponse;
  return {
    questionType: question.type,
    chosenOptions: chosenOptionsOf(question, r),
    choiceMask: choiceMask(question, (r ?? undefined) as never),
    misconceptions: [...scored.misconceptions],
    objectives: [...scored.objectives],
    answerText: answerTextOf(question, r),
  };
}

/**
 * The attempt's score as each of its response rows carries it (decision 0049): the points, and
 * the percent by the same floating-point operations as SQL's
 * `coalesce(100 * points / nullif(max_points, 0), 0)`, which item analysis ranks attempts by —
 * so a row's copy and the attempt's rank are equal, not merely close.
 */
export function attemptScoreColumns(score: { points: number; maxPoints: number }): {
  attemptPoints: number;
  attemptPercent: number;
} {
  return {
    attemptPoints: score.points,
    attemptPercent: score.maxPoints === 0 ? 0 : (100 * score.points) / score.maxPoints,
  };
}
