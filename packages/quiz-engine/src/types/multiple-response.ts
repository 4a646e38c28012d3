import type { MultipleResponseQuestion } from "../schemas/question/multiple-response";
import type { QuestionTypeModule } from "./question-type";
import {
  entriesInLayout,
  parseResponseShape,
  pushDefined,
  requireDistinct,
  requireKnown,
} from "./shared";

/**
 * The fraction each option adds when chosen under `scoring: fractions`: the author's, or by
 * default 1/k for each of the k correct options and -1/(n-k) for each of the n-k wrong ones, so
 * ticking everything scores 0.
 */
export function optionFractions(question: MultipleResponseQuestion): number[] {
  let fractions = fractionCache.get(question);
  if (!fractions) {
    fractions = computeFractions(question);
    fractionCache.set(question, fractions);
  }
  return fractions;
}

const fractionCache = new WeakMap<MultipleResponseQuestion, number[]>();

function computeFractions(question: MultipleResponseQuestion): number[] {
  const correct = question.options.filter((o) => o.correct).length;
  const wrong = question.options.length - correct;
  return question.options.map((o) => o.fraction ?? (o.correct ? 1 / correct : -1 / wrong));
}

function clamp01(value: number): number {
  return value < 0 ? 0 : value > 1 ? 1 : value;
}

/** Multiple response: all-or-nothing, per-option fractions, or right minus wrong (floored at 0). */
export const multipleResponse: QuestionTypeModule<"multiple_response"> = {
  validateResponse(question, response, path) {
    const parsed = parseResponseShape("multiple_response", response, path);
    const known = question.options.map((o) => o.id);
    parsed.optionIds.forEach((id, i) =>
      requireKnown(id, known, "option", [...path, "optionIds", i]),
    );
    requireDistinct(parsed.optionIds, "option", [...path, "optionIds"]);
    return parsed;
  },
  score(question, response) {
    const chosen = new Set(response.optionIds);
    let correctCount = 0;
    for (const o of question.options) if (o.correct) correctCount++;
    const feedback: string[] = [];
    const misconceptions: string[] = [];
    let right = 0;
    let wrong = 0;
    question.options.forEach((o) => {
      if (!chosen.has(o.id)) return;
      pushDefined(feedback, o.feedback);
      if (o.correct) right++;
      else {
        wrong++;
        pushDefined(misconceptions, o.misconception);
      }
    });
    let fraction: number;
    if (question.scoring === "all_or_nothing")
      fraction = right === correctCount && wrong === 0 ? 1 : 0;
    else if (question.scoring === "right_minus_wrong")
      fraction = clamp01((right - wrong) / correctCount);
    else {
      const fractions = optionFractions(question);
      fraction = clamp01(
        question.options.reduce(
          (sum, o, i) => (chosen.has(o.id) ? sum + (fractions[i] ?? 0) : sum),
          0,
        ),
      );
    }
    return { fraction, feedback, misconceptions };
  },
  layout: (question, order, shuffleOptions) => ({
    options: order(
      "options",
      question.options.map((o) => o.id),
      shuffleOptions,
    ),
  }),
  idLists: (question) => ({ options: question.options.map((o) => o.id) }),
  renameIds: (_question, response, rename) => ({
    optionIds: response.optionIds.map((id) => rename("options", id)),
  }),
  toPublic: (question, layout, idOf) => ({
    id: question.id,
    type: "multiple_response",
    prompt: question.prompt,
    points: question.points,
    options: entriesInLayout(question.options, layout, "options", idOf),
  }),
  // Moodle does not define a random-guess score for multiple-answer questions either.
  randomGuessScore: () => null,
};
