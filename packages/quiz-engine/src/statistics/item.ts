import type { StatisticsItem } from "./matrix";
import { wilsonInterval } from "./wilson";

/** Moodle-style statistics of one question. Percentages are 0..100; null when undefined. */
export interface ItemStatistics {
  questionId: string;
  /** Attempts in which the question was asked. */
  attempts: number;
  /** Mean mark as a percent of the question's points. */
  facility: number;
  /** Wilson 95% interval for the facility, in percent. */
  facilityInterval: { low: number; high: number };
  /** Sample SD of the mark as a percent of the question's points. */
  sd: number;
  randomGuessScore: number | null;
  intendedWeight: number;
  effectiveWeight: number | null;
  /** 100 × Pearson correlation of the mark with the rest of the test. */
  discriminationIndex: number | null;
  /** 100 × covariance with the rest of the test / its maximum given both marginals. */
  discriminativeEfficiency: number | null;
  /** Covariance of the mark with the whole test score (for effective weights). */
  covarianceWithTotal: number;
}

/** Mean of a strided column over rows where it is not NaN. */
export function columnStatistics(
  item: StatisticsItem,
  column: Float64Array,
  rest: Float64Array,
  totalMax: number,
): Omit<ItemStatistics, "effectiveWeight"> {
  const n = column.length;
  let sx = 0;
  let sr = 0;
  for (let k = 0; k < n; k++) {
    sx += column[k] as number;
    sr += rest[k] as number;
  }
  const mx = n > 0 ? sx / n : 0;
  const mr = n > 0 ? sr / n : 0;
  let vx = 0;
  let vr = 0;
  let cxr = 0;
  for (let k = 0; k < n; k++) {
    const dx = (column[k] as number) - mx;
    const dr = (rest[k] as number) - mr;
    vx += dx * dx;
    vr += dr * dr;
    cxr += dx * dr;
  }
  const df = n > 1 ? n - 1 : 1;
  vx /= df;
  vr /= df;
  cxr /= df;
  // Cov(x, total) = Cov(x, x + rest) = Var(x) + Cov(x, rest).
  const covarianceWithTotal = vx + cxr;

  // Largest covariance the two marginals allow: both sorted the same way (rearrangement inequality).
  column.sort();
  rest.sort();
  let cmax = 0;
  for (let k = 0; k < n; k++) cmax += ((column[k] as number) - mx) * ((rest[k] as number) - mr);
  cmax /= df;

  const tiny = 1e-12;
  const fraction = item.maxPoints > 0 ? mx / item.maxPoints : 0;
  const interval = wilsonInterval(Math.min(1, Math.max(0, fraction)), n);
  return {
    questionId: item.id,
    attempts: n,
    facility: 100 * fraction,
    facilityInterval: { low: 100 * interval.low, high: 100 * interval.high },
    sd: (100 * Math.sqrt(vx)) / item.maxPoints,
    randomGuessScore: item.randomGuessScore === null ? null : 100 * item.randomGuessScore,
    intendedWeight: (100 * item.maxPoints) / totalMax,
    discriminationIndex: n > 1 && vx > tiny && vr > tiny ? (100 * cxr) / Math.sqrt(vx * vr) : null,
    discriminativeEfficiency: n > 1 && cmax > tiny ? (100 * cxr) / cmax : null,
    covarianceWithTotal,
  };
}

/**
 * Effective weights as Moodle: 100 × sqrt(Cov(x_i, T)) / Σ sqrt(Cov(x_j, T)) over questions
 * with a non-negative covariance; null for a question whose covariance is negative.
 */
export function effectiveWeights(covariances: readonly number[]): (number | null)[] {
  const sum = covariances.reduce((s, c) => (c >= 0 ? s + Math.sqrt(c) : s), 0);
  return covariances.map((c) => (c < 0 || sum === 0 ? null : (100 * Math.sqrt(c)) / sum));
}
