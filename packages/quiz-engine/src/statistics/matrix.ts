import { z } from "zod";
import { fail, isPlainRecord } from "../errors";
import type { QuestionType } from "../schemas/question";
import type { Quiz } from "../schemas/quiz";
import { moduleFor } from "../types/registry";

/** A question as the statistics see it. */
export interface StatisticsItem {
  id: string;
  type: QuestionType;
  maxPoints: number;
  /** Expected fraction from random guessing, or null when not defined. */
  randomGuessScore: number | null;
  /** Options whose choice frequencies are reported (choice questions and true/false); else empty. */
  options: { id: string; correct: boolean }[];
}

/**
 * Scores of many attempts, column per question, in typed arrays (no object per response):
 * `marks[a * q + i]` is attempt a's points on question i (NaN when the attempt did not ask it),
 * `choices[a * q + i]` the bit mask of option indexes it chose (0 = none).
 */
export interface StatisticsMatrix {
  items: StatisticsItem[];
  attempts: number;
  marks: Float64Array;
  choices: Int32Array;
}

/** The statistics view of every question of a quiz, in quiz order. */
export function statisticsItemsOf(quiz: Quiz): StatisticsItem[] {
  return quiz.questions.map((q) => ({
    id: q.id,
    type: q.type,
    maxPoints: q.points,
    randomGuessScore: moduleFor(q.type).randomGuessScore(q as never),
    options:
      q.type === "single_choice" || q.type === "multiple_response"
        ? q.options.map((o) => ({ id: o.id, correct: o.correct }))
        : q.type === "true_false"
          ? [
              { id: "true", correct: q.answer },
              { id: "false", correct: !q.answer },
            ]
          : [],
  }));
}

/** An empty matrix for `attempts` attempts (every mark NaN = not asked). */
export function createStatisticsMatrix(
  items: StatisticsItem[],
  attempts: number,
): StatisticsMatrix {
  if (
    !Number.isInteger(attempts) ||
    attempts < 0 ||
    attempts > 50_000_000 / Math.max(1, items.length)
  ) {
    fail(
      "invalid_statistics_input",
      ["attempts"],
      "must be a whole number of attempts within the size cap",
    );
  }
  return {
    items,
    attempts,
    marks: new Float64Array(attempts * items.length).fill(Number.NaN),
    choices: new Int32Array(attempts * items.length),
  };
}

const itemSchema = z.strictObject({
  id: z.string().min(1).max(64),
  type: z.string(),
  maxPoints: z.number().positive(),
  randomGuessScore: z.number().min(0).max(1).nullable(),
  options: z.array(z.strictObject({ id: z.string(), correct: z.boolean() })).max(30),
});

/** Check a matrix's shape and every mark (finite within [0, max], or NaN for not asked). */
export function validateMatrix(matrix: StatisticsMatrix): void {
  if (!isPlainRecord(matrix)) fail("invalid_statistics_input", [], "expected a statistics matrix");
  const items = z.array(itemSchema).min(1).max(500).safeParse(matrix.items);
  if (!items.success)
    fail(
      "invalid_statistics_input",
      ["items", ...(items.error.issues[0]?.path ?? []).map(String)],
      items.error.issues[0]?.message ?? "invalid",
    );
  const q = matrix.items.length;
  if (!Number.isInteger(matrix.attempts) || matrix.attempts < 0)
    fail("invalid_statistics_input", ["attempts"], "must be a whole number");
  if (!(matrix.marks instanceof Float64Array) || matrix.marks.length !== matrix.attempts * q) {
    fail(
      "invalid_statistics_input",
      ["marks"],
      `must be a Float64Array of attempts × questions = ${matrix.attempts * q}`,
    );
  }
  if (!(matrix.choices instanceof Int32Array) || matrix.choices.length !== matrix.attempts * q) {
    fail(
      "invalid_statistics_input",
      ["choices"],
      `must be an Int32Array of attempts × questions = ${matrix.attempts * q}`,
    );
  }
  const { marks } = matrix;
  for (let a = 0, k = 0; a < matrix.attempts; a++) {
    for (let i = 0; i < q; i++, k++) {
      const mark = marks[k] as number;
      if (mark !== mark) continue;
      const max = (matrix.items[i] as StatisticsItem).maxPoints;
      if (!(mark >= 0 && mark <= max + 1e-9))
        fail("invalid_statistics_input", ["marks", a, i], `mark ${mark} is outside [0, ${max}]`);
    }
  }
}
