import { createSeededRandom } from "./attempt/seeded-random";
import { fail } from "./errors";
import type { PublicQuestion, PublicQuiz } from "./schemas/public";
import type { Question } from "./schemas/question";
import type { Quiz } from "./schemas/quiz";
import type { Attempt } from "./attempt/attempt";
import { moduleFor } from "./types/registry";
import type { Layout } from "./types/question-type";
import { parseQuestion, parseQuiz } from "./validated";
import { parseAttempt } from "./attempt/parse-attempt";

/** The display order of a question's lists for one attempt, derived from the attempt's seed. */
export function layoutQuestion(question: Question, seed: string, shuffleOptions: boolean): Layout {
  return moduleFor(question.type).layout(
    question,
    createSeededRandom(`${seed}:layout:${question.id}`),
    shuffleOptions,
  );
}

/**
 * What a learner may see of one question before submitting. Pass the attempt's layout, or a seed
 * to derive one. Never contains correctness, fractions, feedback, explanations or accepted answers.
 */
export function toPublicQuestion(
  question: Question,
  presentation: { layout: Layout } | { seed: string; shuffleOptions?: boolean },
): PublicQuestion {
  const valid = parseQuestion(question);
  const layout =
    "layout" in presentation
      ? presentation.layout
      : layoutQuestion(valid, presentation.seed, presentation.shuffleOptions ?? false);
  return moduleFor(valid.type).toPublic(valid, layout);
}

/** The quiz as the learner sees it for one attempt: its questions in the attempt's order and layout. */
export function toPublicQuiz(quiz: Quiz, attempt: Attempt): PublicQuiz {
  const valid = parseQuiz(quiz);
  const state = parseAttempt(valid, attempt);
  const byId = new Map(valid.questions.map((q) => [q.id, q]));
  const maxPoints = state.questionIds.reduce((sum, id) => sum + (byId.get(id)?.points ?? 0), 0);
  return {
    id: valid.id,
    title: valid.title,
    passPercent: valid.passPercent,
    maxPoints,
    attemptsAllowed: valid.settings.attemptsAllowed,
    feedback: valid.settings.feedback,
    timeLimitSeconds: state.timeLimitSeconds,
    deadline: state.deadline,
    questions: state.questionIds.map((id, index) => {
      const question =
        byId.get(id) ?? fail("invalid_attempt", ["questionIds", index], `unknown question "${id}"`);
      return moduleFor(question.type).toPublic(question, state.layouts[id] ?? {});
    }),
  };
}
