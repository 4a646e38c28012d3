import { describe } from "./descriptive";
import { flagItem, DEFAULT_FLAG_THRESHOLDS, type FlagThresholds, type ItemFlag } from "./flags";
import { optionFrequencies, thirdsByScore, type OptionFrequency } from "./frequencies";
import { columnStatistics, effectiveWeights, type ItemStatistics } from "./item";
import { validateMatrix, type StatisticsItem, type StatisticsMatrix } from "./matrix";

export interface QuestionStatistics extends ItemStatistics {
  frequencies: OptionFrequency[];
  flags: ItemFlag[];
}

/** Moodle-style quiz statistics. Scores in percent of the attempt's maximum. */
export interface QuizStatistics {
  attempts: number;
  mean: number;
  median: number;
  sd: number;
  skewness: number | null;
  kurtosis: number | null;
  /** Cronbach's alpha (≤ 1; may be negative); null with pools, fewer than 2 questions or no spread. */
  cronbachAlpha: number | null;
  /** Coefficient of internal consistency = 100 × alpha. */
  internalConsistency: number | null;
  /** 100 × sqrt(1 - alpha): the share of the SD that is random error. */
  errorRatio: number | null;
  /** errorRatio/100 × SD, in percent of the maximum. */
  standardError: number | null;
  questions: QuestionStatistics[];
}

/**
 * Quiz and question statistics over a score matrix, with the standard (Moodle) psychometric
 * definitions; see the README for the formulas. Runs in O(attempts × questions · log attempts)
 * over typed arrays.
 */
export function computeQuizStatistics(
  matrix: StatisticsMatrix,
  thresholds: Partial<FlagThresholds> = {},
): QuizStatistics {
  validateMatrix(matrix);
  const limits = { ...DEFAULT_FLAG_THRESHOLDS, ...thresholds };
  const { attempts: n, marks, items } = matrix;
  const q = items.length;
  const totals = new Float64Array(n);
  const percents = new Float64Array(n);
  let complete = true;
  for (let a = 0, k = 0; a < n; a++) {
    let total = 0;
    let max = 0;
    for (let i = 0; i < q; i++, k++) {
      const mark = marks[k] as number;
      if (mark !== mark) {
        complete = false;
        continue;
      }
      total += mark;
      max += (items[i] as StatisticsItem).maxPoints;
    }
    totals[a] = total;
    percents[a] = max > 0 ? (100 * total) / max : 0;
  }
  const groups = thirdsByScore(percents);
  const distribution = describe(percents.slice());
  const totalMax = items.reduce((s, item) => s + item.maxPoints, 0);

  const column = new Float64Array(n);
  const rest = new Float64Array(n);
  const partial = items.map((item, i) => {
    let m = 0;
    for (let a = 0; a < n; a++) {
      const mark = marks[a * q + i] as number;
      if (mark !== mark) continue;
      column[m] = mark;
      rest[m] = (totals[a] as number) - mark;
      m++;
    }
    return columnStatistics(item, column.subarray(0, m), rest.subarray(0, m), totalMax);
  });

  let alpha: number | null = null;
  if (complete && q > 1 && n > 1) {
    const totalVariance = describe(totals.slice()).sd ** 2;
    let sumItemVariance = 0;
    partial.forEach(
      (s, i) => (sumItemVariance += ((s.sd / 100) * (items[i] as StatisticsItem).maxPoints) ** 2),
    );
    if (totalVariance > 1e-12) alpha = (q / (q - 1)) * (1 - sumItemVariance / totalVariance);
  }
  const errorRatio = alpha === null ? null : 100 * Math.sqrt(Math.max(0, 1 - alpha));
  const weights = effectiveWeights(partial.map((s) => s.covarianceWithTotal));

  return {
    attempts: n,
    mean: distribution.mean,
    median: distribution.median,
    sd: distribution.sd,
    skewness: distribution.skewness,
    kurtosis: distribution.kurtosis,
    cronbachAlpha: alpha,
    internalConsistency: alpha === null ? null : 100 * alpha,
    errorRatio,
    standardError: errorRatio === null ? null : (errorRatio / 100) * distribution.sd,
    questions: partial.map((s, i) => {
      const stats = { ...s, effectiveWeight: weights[i] ?? null };
      const frequencies = optionFrequencies(matrix, i, groups);
      return { ...stats, frequencies, flags: flagItem(stats, frequencies, limits) };
    }),
  };
}
