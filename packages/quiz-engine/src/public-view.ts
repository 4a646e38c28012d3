import { createSeededRandom } from "./attempt/seeded-random";
import { opaqueIdMap } from "./attempt/opaque-ids";
import { fail } from "./errors";
import type { PublicQuestion, PublicQuiz } from "./schemas/public";
import type { Question } from "./schemas/question";
import type { Quiz } from "./schemas/quiz";
import type { Attempt } from "./attempt/attempt";
import { moduleFor } from "./types/registry";
import type { Layout, ListOrder } from "./types/question-type";
import { parseQuestion, parseQuiz } from "./validated";
import { parseAttempt } from "./attempt/parse-attempt";

/**
 * The display order of a question's lists for one attempt, derived from the attempt's seed.
 * A shuffled list starts from an order fixed by the lists' opaque ids (not the authored order,
 * which may put the key first or, for ordering questions, be the key), so the shown order depends
 * on the seed and the set of entries only: changing which entry is correct changes nothing.
 */
export function layoutQuestion(question: Question, seed: string, shuffleOptions: boolean): Layout {
  const random = createSeededRandom(`${seed}:layout:${question.id}`);
  const ids = opaqueIdMap(question, seed);
  const order: ListOrder = (list, authored, shuffle) => {
    if (!shuffle) return authored.slice();
    const canonical = authored
      .map((id) => ({ id, token: ids.toOpaque(list, id) }))
      .sort((a, b) => (a.token < b.token ? -1 : a.token > b.token ? 1 : 0))
      .map((entry) => entry.id);
    return random.shuffle(canonical);
  };
  return moduleFor(question.type).layout(question, order, shuffleOptions);
}

/** The learner-safe view of a valid question in a layout, with this seed's opaque ids. */
function publicQuestionOf(question: Question, layout: Layout, seed: string): PublicQuestion {
  const ids = opaqueIdMap(question, seed);
  return moduleFor(question.type).toPublic(question, layout, (list, id) => ids.toOpaque(list, id));
}

/**
 * What a learner may see of one question before submitting, for one seed: its layout (given, or
 * derived from the seed; options shuffled unless `shuffleOptions: false`) and the seed's opaque
 * ids. Never contains correctness, fractions, feedback, explanations, accepted answers or the
 * authored ids.
 */
export function toPublicQuestion(
  question: Question,
  presentation: { seed: string; layout?: Layout; shuffleOptions?: boolean },
): PublicQuestion {
  const valid = parseQuestion(question);
  const layout =
    presentation.layout ??
    layoutQuestion(valid, presentation.seed, presentation.shuffleOptions ?? true);
  return publicQuestionOf(valid, layout, presentation.seed);
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
      return publicQuestionOf(question, state.layouts[id] ?? {}, state.seed);
    }),
  };
}
