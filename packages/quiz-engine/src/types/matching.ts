import type { QuestionTypeModule } from "./question-type";
import { entriesInLayout, orderIds, parseResponseShape, requireKnown } from "./shared";

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
  layout: (question, random, shuffleOptions) => ({
    prompts: orderIds(question.prompts, random, shuffleOptions),
    answers: orderIds(question.answers, random, true),
  }),
  toPublic: (question, layout) => ({
    id: question.id,
    type: "matching",
    prompt: question.prompt,
    points: question.points,
    prompts: entriesInLayout(question.prompts, layout, "prompts"),
    answers: entriesInLayout(question.answers, layout, "answers"),
  }),
  // Each prompt matched to a uniformly random answer is right with probability 1/answers.
  randomGuessScore: (question) => 1 / question.answers.length,
};
