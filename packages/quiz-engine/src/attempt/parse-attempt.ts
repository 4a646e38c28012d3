import { deepFreeze } from "../freeze";
import { QuizEngineError, fail, parseOrThrow } from "../errors";
import type { Quiz } from "../schemas/quiz";
import { moduleFor } from "../types/registry";
import { attemptSchema, type Attempt } from "./attempt";

/** Attempts this module produced or already checked; frozen, so still valid. */
const validatedAttempts = new WeakSet<object>();

/** Freeze an attempt the engine built and remember it as valid. */
export function sealAttempt(attempt: Attempt): Attempt {
  deepFreeze(attempt);
  validatedAttempts.add(attempt);
  return attempt;
}

/**
 * Check an attempt (e.g. loaded from storage) against its quiz: same quiz, known and distinct
 * questions, layouts that list each question's entries, and valid saved responses.
 * `recheck` checks even an attempt the engine sealed (for another revision of the quiz, say);
 * the input is never changed either way (the checked attempt is a new object).
 */
export function parseAttempt(
  quiz: Quiz,
  input: unknown,
  { recheck = false }: { recheck?: boolean } = {},
): Attempt {
  if (!recheck && typeof input === "object" && input !== null && validatedAttempts.has(input)) {
    const attempt = input as Attempt;
    if (attempt.quizId !== quiz.id)
      fail(
        "invalid_attempt",
        ["quizId"],
        `attempt belongs to quiz "${attempt.quizId}", not "${quiz.id}"`,
      );
    return attempt;
  }
  const attempt = parseOrThrow(attemptSchema, input, "invalid_attempt");
  if (attempt.quizId !== quiz.id)
    fail(
      "invalid_attempt",
      ["quizId"],
      `attempt belongs to quiz "${attempt.quizId}", not "${quiz.id}"`,
    );
  const byId = new Map(quiz.questions.map((q) => [q.id, q]));
  const seen = new Set<string>();
  attempt.questionIds.forEach((id, index) => {
    if (!byId.has(id))
      fail("unknown_question", ["questionIds", index], `quiz "${quiz.id}" has no question "${id}"`);
    if (seen.has(id))
      fail("invalid_attempt", ["questionIds", index], `question "${id}" appears twice`);
    seen.add(id);
  });
  for (const key of [...Object.keys(attempt.layouts), ...Object.keys(attempt.checks)]) {
    if (!seen.has(key))
      fail("unknown_question", ["layouts", key], `question "${key}" is not part of this attempt`);
  }
  if (attempt.lastQuestionId !== undefined && !seen.has(attempt.lastQuestionId))
    fail(
      "unknown_question",
      ["lastQuestionId"],
      `question "${attempt.lastQuestionId}" is not part of this attempt`,
    );
  for (const [id, response] of Object.entries(attempt.responses)) {
    const question = byId.get(id);
    if (!question || !seen.has(id))
      fail("unknown_question", ["responses", id], `question "${id}" is not part of this attempt`);
    attempt.responses[id] = moduleFor(question.type).validateResponse(question, response, [
      "responses",
      id,
    ]);
  }
  for (const id of attempt.questionIds) {
    const question = byId.get(id);
    if (!question) continue;
    try {
      moduleFor(question.type).toPublic(
        question,
        attempt.layouts[id] ?? {},
        (_list, entryId) => entryId,
      );
    } catch (error) {
      if (error instanceof QuizEngineError)
        fail("invalid_attempt", ["layouts", id], error.issues[0]?.message ?? "invalid layout");
      throw error;
    }
  }
  return sealAttempt(attempt);
}
