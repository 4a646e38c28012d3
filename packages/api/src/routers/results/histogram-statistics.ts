/**
 * The quiz engine's statistics (packages/quiz-engine/src/statistics) finished from SQL
 * histograms instead of one row per response: SQL counts attempts per (question, mark,
 * rest-of-quiz score) and per distinct score, and these exact two-pass formulas turn the counts
 * into the same figures. Marks take few distinct values, so the histograms stay small at any
 * number of attempts. Agreement with the engine is tested in item-analysis.agreement.test.ts.
 */

/** One cell: `count` responses with this mark and this rest-of-quiz score. */
export interface JointCell {
  mark: number;
  rest: number;
  count: number;
}

/** A value and how often it occurs. */
export interface Bin {
  value: number;
  count: number;
}

export interface DistributionFigures {
  n: number;
  mean: number;
  median: number;
  sd: number;
  skewness: number | null;
  kurtosis: number | null;
}

/** As the engine's describe(): k-statistics over a histogram of values. */
export function describeBins(bins: readonly Bin[]): DistributionFigures {
  const sorted = [...bins].filter((b) => b.count > 0).sort((a, b) => a.value - b.value);
  const n = sorted.reduce((s, b) => s + b.count, 0);
  if (n === 0) return { n, mean: 0, median: 0, sd: 0, skewness: null, kurtosis: null };
  const mean = sorted.reduce((s, b) => s + b.value * b.count, 0) / n;
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  for (const b of sorted) {
    const d = b.value - mean;
    const d2 = d * d;
    s2 += d2 * b.count;
    s3 += d2 * d * b.count;
    s4 += d2 * d2 * b.count;
  }
  const m2 = s2 / n;
  const m3 = s3 / n;
  const m4 = s4 / n;
  const k2 = n > 1 ? (n * m2) / (n - 1) : 0;
  const spread = k2 > 1e-12 * Math.max(1, mean * mean);
  const skewness = n > 2 && spread ? (n * n * m3) / ((n - 1) * (n - 2)) / Math.pow(k2, 1.5) : null;
  const kurtosis =
    n > 3 && spread
      ? (n * n * ((n + 1) * m4 - 3 * (n - 1) * m2 * m2)) / ((n - 1) * (n - 2) * (n - 3)) / (k2 * k2)
      : null;
  return { n, mean, median: medianOfBins(sorted, n), sd: Math.sqrt(k2), skewness, kurtosis };
}

/** The value at 0-based rank `r` of sorted bins. */
function valueAtRank(sorted: readonly Bin[], r: number): number {
  let seen = 0;
  for (const b of sorted) {
    seen += b.count;
    if (r < seen) return b.value;
  }
  return sorted.at(-1)?.value ?? 0;
}

function medianOfBins(sorted: readonly Bin[], n: number): number {
  const mid = n >> 1;
  return n % 2 === 1
    ? valueAtRank(sorted, mid)
    : (valueAtRank(sorted, mid - 1) + valueAtRank(sorted, mid)) / 2;
}

export interface ColumnFigures {
  n: number;
  meanMark: number;
  /** Sample variance of the mark (n - 1). */
  varianceMark: number;
  varianceRest: number;
  covariance: number;
  /** Largest covariance both marginals allow (both sorted the same way). */
  maxCovariance: number;
}

/** The engine's columnStatistics() moments, from a question's (mark, rest) histogram. */
export function columnFigures(cells: readonly JointCell[]): ColumnFigures {
  const n = cells.reduce((s, c) => s + c.count, 0);
  const mx = n > 0 ? cells.reduce((s, c) => s + c.mark * c.count, 0) / n : 0;
  const mr = n > 0 ? cells.reduce((s, c) => s + c.rest * c.count, 0) / n : 0;
  let vx = 0;
  let vr = 0;
  let cxr = 0;
  for (const c of cells) {
    const dx = c.mark - mx;
    const dr = c.rest - mr;
    vx += dx * dx * c.count;
    vr += dr * dr * c.count;
    cxr += dx * dr * c.count;
  }
  const df = n > 1 ? n - 1 : 1;
  // Pair the sorted marks with the sorted rest scores, rank by rank, walking both histograms.
  const marks = marginal(cells, (c) => c.mark);
  const rests = marginal(cells, (c) => c.rest);
  let cmax = 0;
  let i = 0;
  let j = 0;
  let leftX = marks[0]?.count ?? 0;
  let leftR = rests[0]?.count ?? 0;
  while (i < marks.length && j < rests.length) {
    const take = Math.min(leftX, leftR);
    cmax += take * ((marks[i]?.value ?? 0) - mx) * ((rests[j]?.value ?? 0) - mr);
    leftX -= take;
    leftR -= take;
    if (leftX === 0) leftX = marks[++i]?.count ?? 0;
    if (leftR === 0) leftR = rests[++j]?.count ?? 0;
  }
  return {
    n,
    meanMark: mx,
    varianceMark: vx / df,
    varianceRest: vr / df,
    covariance: cxr / df,
    maxCovariance: cmax / df,
  };
}

function marginal(cells: readonly JointCell[], value: (c: JointCell) => number): Bin[] {
  const counts = new Map<number, number>();
  for (const c of cells) counts.set(value(c), (counts.get(value(c)) ?? 0) + c.count);
  return [...counts.entries()]
    .map(([v, count]) => ({ value: v, count }))
    .sort((a, b) => a.value - b.value);
}
