import type { QuestionTypeModule } from "./question-type";
import { parseResponseShape, pushDefined } from "./shared";

/** True/false: full credit for the right truth value. */
export const trueFalse: QuestionTypeModule<"true_false"> = {
  validateResponse: (_question, response, path) => parseResponseShape("true_false", response, path),
  score(question, response) {
    const correct = response.value === question.answer;
    const feedback: string[] = [];
    const misconceptions: string[] = [];
    pushDefined(feedback, response.value ? question.feedbackTrue : question.feedbackFalse);
    if (!correct) pushDefined(misconceptions, question.misconception);
    return { fraction: correct ? 1 : 0, feedback, misconceptions };
  },
  layout: () => ({}),
  // True/false exposes no ids: the learner answers with a truth value.
  idLists: () => ({}),
  renameIds: (_question, response) => response,
  toPublic: (question) => ({
    id: question.id,
    type: "true_false",
    prompt: question.prompt,
    points: question.points,
  }),
  randomGuessScore: () => 0.5,
};
