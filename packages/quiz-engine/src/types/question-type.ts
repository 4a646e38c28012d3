import type { IssuePath } from "../errors";
import type { PublicQuestion } from "../schemas/public";
import type { QuestionOfType, QuestionType } from "../schemas/question";
import type { ResponseFor } from "../schemas/response";

/**
 * How one attempt presents a question: the display order of each list, by list name
 * ("options", "items", "prompts", "answers", "blank:<id>"). Stored with the attempt.
 */
export type Layout = Record<string, string[]>;

/**
 * Puts one list's ids in display order: author order, or (when `shuffle`) a seeded shuffle that
 * depends only on the set of ids, never on their authored order (which may be the key).
 */
export type ListOrder = (list: string, ids: readonly string[], shuffle: boolean) => string[];

/** Renames one id of a list (authored -> learner-facing or back). */
export type RenameId = (list: string, id: string) => string;

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
  layout(question: QuestionOfType<T>, order: ListOrder, shuffleOptions: boolean): Layout;
  /** The learner-safe view, in the given layout, with each entry's id renamed by `idOf`. */
  toPublic(question: QuestionOfType<T>, layout: Layout, idOf: RenameId): PublicQuestion;
  /** The authored ids of each list a learner picks from (the lists the layout orders). */
  idLists(question: QuestionOfType<T>): Record<string, readonly string[]>;
  /** A response of this type's shape with every picked id renamed (text and values kept). */
  renameIds(
    question: QuestionOfType<T>,
    response: ResponseFor<T>,
    rename: RenameId,
  ): ResponseFor<T>;
  /** Expected fraction when answering at random, or null when not well defined (as Moodle). */
  randomGuessScore(question: QuestionOfType<T>): number | null;
}
