/** Median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Run `fn` once to warm up, then `runs` times; returns each run's milliseconds and their median. */
export function timeRuns(runs: number, fn: () => number): { runsMs: number[]; medianMs: number } {
  fn();
  const runsMs: number[] = [];
  for (let r = 0; r < runs; r++) runsMs.push(fn());
  return { runsMs, medianMs: median(runsMs) };
}

/** Milliseconds taken by `fn`. */
export function elapsed(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}
