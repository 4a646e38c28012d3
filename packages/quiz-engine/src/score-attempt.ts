import { fail, isPlainRecord } from "./errors";
import type { Question } from "./schemas/question";
import type { Quiz } from "./schemas/quiz";
import type { Response } from "./schemas/response";
import { scoreValidResponse, type QuestionScore } from "./scoring";
import { moduleFor } from "./types/registry";
import { parseQuiz } from "./validated";

export interface ScoredQuestion extends QuestionScore {
  questionId: string;
}

export interface AttemptScore {
  points: number;
  maxPoints: number;
  /** points / maxPoints × 100. */
  percent: number;
  passed: boolean;
  questions: ScoredQuestion[];
}

/** Score validated responses for the given questions; `penalties` are fractions per question id. */
export function scoreValidResponses(
  quiz: Quiz,
  questions: readonly Question[],
  responses: Readonly<Record<string, Response>>,
  penalties: Readonly<Record<string, number>> = {},
): AttemptScore {
  let points = 0;
  let maxPoints = 0;
  const scored = questions.map((question): ScoredQuestion => {
    const penalty = Object.hasOwn(penalties, question.id) ? (penalties[question.id] ?? 0) : 0;
    const response = Object.hasOwn(responses, question.id) ? responses[question.id] : undefined;
    const score = scoreValidResponse(question, response, penalty);
    points += score.earned;
    maxPoints += score.max;
    return {
      questionId: question.id,
      status: score.status,
      earned: score.earned,
      max: score.max,
      fraction: score.fraction,
      penalty: score.penalty,
      feedback: score.feedback,
      misconceptions: score.misconceptions,
    };
  });
  const percent = maxPoints === 0 ? 0 : (points / maxPoints) * 100;
  return {
    points,
    maxPoints,
    percent,
    passed: percent >= quiz.passPercent - 1e-9,
    questions: scored,
  };
}

const indexes = new WeakMap<Quiz, Map<string, Question>>();

/** The quiz's questions by id, built once per (frozen) quiz. */
function questionsById(quiz: Quiz): Map<string, Question> {
  let byId = indexes.get(quiz);
  if (!byId) {
    byId = new Map(quiz.questions.map((q) => [q.id, q]));
    indexes.set(quiz, byId);
  }
  return byId;
}

/**
 * Score a whole set of responses, keyed by question id, against the quiz (every question of the
 * quiz counts; missing ones are unanswered). Validates the quiz, every key and every response.
 * Pass `questionIds` to score only the questions an attempt drew from pools.
 */
export function scoreAttempt(
  quiz: Quiz,
  responses: Readonly<Record<string, unknown>>,
  questionIds?: readonly string[],
): AttemptScore {
  const valid = parseQuiz(quiz);
  if (!isPlainRecord(responses)) {
    fail("invalid_argument", ["responses"], "responses must be an object keyed by question id");
  }
  const byId = questionsById(valid);
  const asked = questionIds
    ? questionIds.map(
        (id, i) =>
          byId.get(id) ??
          fail(
            "unknown_question",
            ["questionIds", i],
            `quiz "${valid.id}" has no question "${id}"`,
          ),
      )
    : valid.questions;
  const askedIds = questionIds ? new Set(questionIds) : byId;
  if (askedIds.size !== asked.length)
    fail("invalid_argument", ["questionIds"], "question ids repeat");
  const checked: Record<string, Response> = {};
  for (const id of Object.keys(responses)) {
    const question = byId.get(id);
    if (!question || !askedIds.has(id))
      fail("unknown_question", ["responses", id], `quiz "${valid.id}" asks no question "${id}"`);
    const response = responses[id];
    if (response === undefined) continue;
    checked[id] = moduleFor(question.type).validateResponse(question, response, ["responses", id]);
  }
  return scoreValidResponses(valid, asked, checked);
}
