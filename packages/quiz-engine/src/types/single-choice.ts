import type { QuestionTypeModule } from "./question-type";
import { entriesInLayout, parseResponseShape, pushDefined, requireKnown } from "./shared";

/** Single choice: full credit for the one correct option. */
export const singleChoice: QuestionTypeModule<"single_choice"> = {
  validateResponse(question, response, path) {
    const parsed = parseResponseShape("single_choice", response, path);
    requireKnown(
      parsed.optionId,
      question.options.map((o) => o.id),
      "option",
      [...path, "optionId"],
    );
    return parsed;
  },
  score(question, response) {
    const chosen = question.options.find((o) => o.id === response.optionId);
    const feedback: string[] = [];
    const misconceptions: string[] = [];
    pushDefined(feedback, chosen?.feedback);
    if (chosen && !chosen.correct) pushDefined(misconceptions, chosen.misconception);
    return { fraction: chosen?.correct ? 1 : 0, feedback, misconceptions };
  },
  layout: (question, order, shuffleOptions) => ({
    options: order(
      "options",
      question.options.map((o) => o.id),
      shuffleOptions,
    ),
  }),
  idLists: (question) => ({ options: question.options.map((o) => o.id) }),
  renameIds: (_question, response, rename) => ({ optionId: rename("options", response.optionId) }),
  toPublic: (question, layout, idOf) => ({
    id: question.id,
    type: "single_choice",
    prompt: question.prompt,
    points: question.points,
    options: entriesInLayout(question.options, layout, "options", idOf),
  }),
  randomGuessScore: (question) => 1 / question.options.length,
};
