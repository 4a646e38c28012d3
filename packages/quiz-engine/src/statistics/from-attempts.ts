import { z } from "zod";
import type { Attempt } from "../attempt/attempt";
import { parseAttempt } from "../attempt/parse-attempt";
import { fail, isArray, isNonEmptyString, isPlainRecord, parseOrThrow } from "../errors";
import { parseMasteryThresholds } from "../mastery";
import { buildResult } from "../result";
import type { Question } from "../schemas/question";
import type { Quiz } from "../schemas/quiz";
import type { Response } from "../schemas/response";
import { parseQuiz } from "../validated";
import { createStatisticsMatrix, statisticsItemsOf, type StatisticsMatrix } from "./matrix";

export type AttemptSelection = "first" | "last" | "highest" | "all";

export interface LearnerAttempt {
  learnerId: string;
  attempt: Attempt;
}

const selectionSchema = z.enum(["first", "last", "highest", "all"]);

/** Bit mask of the options a response chose, in the statistics item's option order. */
export function choiceMask(question: Question, response: Response | undefined): number {
  if (response === undefined) return 0;
  if (question.type === "single_choice" && "optionId" in response) {
    return 1 << question.options.findIndex((o) => o.id === response.optionId);
  }
  if (question.type === "multiple_response" && "optionIds" in response) {
    return question.options.reduce(
      (mask, o, i) => (response.optionIds.includes(o.id) ? mask | (1 << i) : mask),
      0,
    );
  }
  if (question.type === "true_false" && "value" in response) return response.value === true ? 1 : 2;
  return 0;
}

/**
 * Score submitted attempts into a statistics matrix, keeping per learner the first, last or
 * highest-scoring attempt (ties: the earlier) or all of them.
 */
export function matrixFromAttempts(
  quiz: Quiz,
  attempts: readonly LearnerAttempt[],
  selection: AttemptSelection,
): StatisticsMatrix {
  const valid = parseQuiz(quiz);
  const mode = parseOrThrow(selectionSchema, selection, "invalid_argument", ["selection"]);
  const thresholds = parseMasteryThresholds(undefined);
  if (!isArray(attempts)) fail("invalid_argument", ["attempts"], "must be an array");
  const scored = attempts.map((entry, index) => {
    if (!isPlainRecord(entry) || !isNonEmptyString(entry.learnerId))
      fail("invalid_argument", ["attempts", index, "learnerId"], "must be a non-empty string");
    const attempt = parseAttempt(valid, entry.attempt);
    if (attempt.status !== "submitted")
      fail("invalid_attempt", ["attempts", index, "status"], "only submitted attempts count");
    return {
      learnerId: entry.learnerId,
      attempt,
      result: buildResult(valid, attempt, thresholds),
      index,
    };
  });

  let kept = scored;
  if (mode !== "all") {
    const best = new Map<string, (typeof scored)[number]>();
    for (const s of scored) {
      const current = best.get(s.learnerId);
      const better =
        !current ||
        (mode === "first" && s.attempt.attemptNumber < current.attempt.attemptNumber) ||
        (mode === "last" && s.attempt.attemptNumber > current.attempt.attemptNumber) ||
        (mode === "highest" &&
          (s.result.percent > current.result.percent ||
            (s.result.percent === current.result.percent &&
              s.attempt.attemptNumber < current.attempt.attemptNumber)));
      if (better) best.set(s.learnerId, s);
    }
    kept = [...best.values()].sort((a, b) => a.index - b.index);
  }

  const items = statisticsItemsOf(valid);
  const column = new Map(valid.questions.map((question, i) => [question.id, { question, i }]));
  const matrix = createStatisticsMatrix(items, kept.length);
  kept.forEach(({ attempt, result }, a) => {
    for (const r of result.questions) {
      const entry = column.get(r.questionId);
      if (!entry) continue;
      const k = a * items.length + entry.i;
      matrix.marks[k] = r.earned;
      matrix.choices[k] = choiceMask(
        entry.question,
        attempt.responses[r.questionId] as Response | undefined,
      );
    }
  });
  return matrix;
}
