import type { IssuePath } from "../errors";
import type { SeededRandom } from "../attempt/seeded-random";
import type { PublicQuestion } from "../schemas/public";
import type { QuestionOfType, QuestionType } from "../schemas/question";
import type { ResponseFor } from "../schemas/response";

/**
 * How one attempt presents a question: the display order of each list, by list name
 * ("options", "items", "prompts", "answers", "blank:<id>"). Stored with the attempt.
 */
export type Layout = Record<string, string[]>;

/** The outcome of scoring one response, before points and penalties. */
export interface ScoredResponse {
  /** Share of the question's points earned, within [0, 1]. */
  fraction: number;
  /** Feedback attached to what the learner chose, in display-independent (author) order. */
  feedback: string[];
  /** Misconception tags behind the wrong choices the learner made. */
  misconceptions: string[];
}

/** Everything the engine needs to know about one question type. */
export interface QuestionTypeModule<T extends QuestionType> {
  /** Check shape and references (option ids exist, no duplicates); throws QuizEngineError. */
  validateResponse(question: QuestionOfType<T>, response: unknown, path: IssuePath): ResponseFor<T>;
  /** Score a response already validated for this question. */
  score(question: QuestionOfType<T>, response: ResponseFor<T>): ScoredResponse;
  /** Decide the display order of the question's lists for one attempt. */
  layout(question: QuestionOfType<T>, random: SeededRandom, shuffleOptions: boolean): Layout;
  /** The learner-safe view, in the given layout. */
  toPublic(question: QuestionOfType<T>, layout: Layout): PublicQuestion;
  /** Expected fraction when answering at random, or null when not well defined (as Moodle). */
  randomGuessScore(question: QuestionOfType<T>): number | null;
}
