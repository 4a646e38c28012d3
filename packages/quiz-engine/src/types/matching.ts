import type { QuestionTypeModule } from "./question-type";
import { entriesInLayout, parseResponseShape, requireKnown } from "./shared";

/** Matching: each prompt earns an equal share when paired with its answer; unpaired prompts earn nothing. */
export const matching: QuestionTypeModule<"matching"> = {
  validateResponse(question, response, path) {
    const parsed = parseResponseShape("matching", response, path);
    const prompts = question.prompts.map((p) => p.id);
    const answers = question.answers.map((a) => a.id);
    for (const [prompt, answer] of Object.entries(parsed.pairs)) {
      requireKnown(prompt, prompts, "prompt", [...path, "pairs", prompt]);
      requireKnown(answer, answers, "answer", [...path, "pairs", prompt]);
    }
    return parsed;
  },
  score(question, response) {
    let right = 0;
    for (const pair of question.pairs) {
      if (Object.hasOwn(response.pairs, pair.prompt) && response.pairs[pair.prompt] === pair.answer)
        right++;
    }
    return { fraction: right / question.pairs.length, feedback: [], misconceptions: [] };
  },
  // Answers are always shuffled: authors tend to list them in prompt order.
  layout: (question, order, shuffleOptions) => ({
    prompts: order(
      "prompts",
      question.prompts.map((p) => p.id),
      shuffleOptions,
    ),
    answers: order(
      "answers",
      question.answers.map((a) => a.id),
      true,
    ),
  }),
  idLists: (question) => ({
    prompts: question.prompts.map((p) => p.id),
    answers: question.answers.map((a) => a.id),
  }),
  renameIds: (_question, response, rename) => ({
    pairs: Object.fromEntries(
      Object.entries(response.pairs).map(([prompt, answer]) => [
        rename("prompts", prompt),
        rename("answers", answer),
      ]),
    ),
  }),
  toPublic: (question, layout, idOf) => ({
    id: question.id,
    type: "matching",
    prompt: question.prompt,
    points: question.points,
    prompts: entriesInLayout(question.prompts, layout, "prompts", idOf),
    answers: entriesInLayout(question.answers, layout, "answers", idOf),
  }),
  // Each prompt matched to a uniformly random answer is right with probability 1/answers.
  randomGuessScore: (question) => 1 / question.answers.length,
};
