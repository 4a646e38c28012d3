/** Mean, median, sample SD, skewness and kurtosis of a distribution of scores. */
export interface Distribution {
  n: number;
  mean: number;
  median: number;
  /** Sample standard deviation (n - 1). */
  sd: number;
  /** k3 / k2^(3/2), as Moodle's quiz statistics (equals Excel SKEW); null for n < 3 or no spread. */
  skewness: number | null;
  /** k4 / k2^2, excess kurtosis as Moodle (equals Excel KURT); null for n < 4 or no spread. */
  kurtosis: number | null;
}

/**
 * Moments via k-statistics, as Moodle: m_r = Σ(x - mean)^r / n, k2 = n·m2/(n-1),
 * k3 = n²·m3/((n-1)(n-2)), k4 = n²·((n+1)·m4 - 3(n-1)·m2²)/((n-1)(n-2)(n-3)).
 * `values` is sorted in place (it is the caller's scratch copy) for the median.
 */
export function describe(values: Float64Array): Distribution {
  const n = values.length;
  if (n === 0) return { n, mean: 0, median: 0, sd: 0, skewness: null, kurtosis: null };
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i] as number;
  const mean = sum / n;
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  for (let i = 0; i < n; i++) {
    const d = (values[i] as number) - mean;
    const d2 = d * d;
    s2 += d2;
    s3 += d2 * d;
    s4 += d2 * d2;
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
  values.sort();
  const mid = n >> 1;
  const median =
    n % 2 === 1
      ? (values[mid] as number)
      : ((values[mid - 1] as number) + (values[mid] as number)) / 2;
  return { n, mean, median, sd: Math.sqrt(k2), skewness, kurtosis };
}
