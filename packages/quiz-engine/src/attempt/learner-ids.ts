import { fail, type IssuePath } from "../errors";
import type { Question } from "../schemas/question";
import type { Quiz } from "../schemas/quiz";
import type { Response } from "../schemas/response";
import { moduleFor } from "../types/registry";
import { parseResponseShape } from "../types/shared";
import { parseQuiz } from "../validated";
import type { Attempt } from "./attempt";
import { opaqueIdMap } from "./opaque-ids";
import { parseAttempt } from "./parse-attempt";

/*
 * Learners only ever see and send opaque ids (see opaque-ids.ts); the engine, stored attempts,
 * response rows and item statistics keep authored ids. These functions are the one crossing.
 */

const ENTRY_WORD: Record<string, [string, string]> = {
  options: ["option", "an option"],
  items: ["item", "an item"],
  prompts: ["prompt", "a prompt"],
  answers: ["answer", "an answer"],
};

/**
 * A learner's response (opaque ids of `seed`) in authored ids. An id this attempt did not show,
 * such as an authored id, is refused: it is either stale or forged.
 */
export function responseFromLearner(
  question: Question,
  seed: string,
  response: unknown,
  path: IssuePath = ["response"],
): Response {
  const shaped = parseResponseShape(question.type, response, path);
  const ids = opaqueIdMap(question, seed);
  return moduleFor(question.type).renameIds(question, shaped, (list, id) => {
    const authored = ids.toAuthored(list, id);
    if (authored !== undefined) return authored;
    const [word, aWord] = ENTRY_WORD[list] ?? ["option", "an option"];
    return fail(
      "invalid_response",
      path,
      `unknown ${word} "${id.slice(0, 80)}": this attempt does not show ${aWord} with that id`,
    );
  });
}

/** A stored (authored-id) response as the learner sees it in this seed's opaque ids. */
export function responseForLearner(question: Question, seed: string, response: Response): Response {
  const ids = opaqueIdMap(question, seed);
  return moduleFor(question.type).renameIds(question, response, (list, id) =>
    ids.toOpaque(list, id),
  );
}

function questionOfAttempt(quiz: Quiz, attempt: Attempt, questionId: string): Question {
  const question = attempt.questionIds.includes(questionId)
    ? quiz.questions.find((q) => q.id === questionId)
    : undefined;
  return (
    question ??
    fail(
      "unknown_question",
      ["questionId"],
      `this attempt has no question "${questionId.slice(0, 80)}"`,
    )
  );
}

/** Every saved response of an attempt in the ids its learner sees. */
export function responsesForLearner(quiz: Quiz, attempt: Attempt): Record<string, Response> {
  const validQuiz = parseQuiz(quiz);
  const validAttempt = parseAttempt(validQuiz, attempt);
  return Object.fromEntries(
    Object.entries(validAttempt.responses).map(([id, response]) => [
      id,
      responseForLearner(
        questionOfAttempt(validQuiz, validAttempt, id),
        validAttempt.seed,
        response as Response,
      ),
    ]),
  );
}
