import type { StatisticsMatrix } from "./matrix";

export interface OptionFrequency {
  optionId: string;
  correct: boolean;
  /** Attempts that chose this option: all, top third and bottom third by quiz score. */
  count: number;
  top: number;
  bottom: number;
  /** count as a percent of attempts that were asked the question. */
  percent: number;
}

/**
 * Attempts in the bottom and top thirds by total score: ranks [0, ⌊n/3⌋) and [n - ⌊n/3⌋, n)
 * of a stable sort (ties keep input order). Returns a per-attempt group: -1 bottom, 1 top, 0 middle.
 */
export function thirdsByScore(totals: Float64Array): Int8Array {
  const n = totals.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => (totals[a] as number) - (totals[b] as number) || a - b);
  const third = Math.floor(n / 3);
  const group = new Int8Array(n);
  for (let r = 0; r < third; r++) group[order[r] as number] = -1;
  for (let r = n - third; r < n; r++) group[order[r] as number] = 1;
  return group;
}

/** Choice counts per option of question `i`, overall and in the top and bottom thirds. */
export function optionFrequencies(
  matrix: StatisticsMatrix,
  i: number,
  groups: Int8Array,
): OptionFrequency[] {
  const item = matrix.items[i];
  if (!item || item.options.length === 0) return [];
  const q = matrix.items.length;
  const m = item.options.length;
  const count = new Float64Array(m);
  const top = new Float64Array(m);
  const bottom = new Float64Array(m);
  let asked = 0;
  for (let a = 0; a < matrix.attempts; a++) {
    const k = a * q + i;
    const mark = matrix.marks[k] as number;
    if (mark !== mark) continue;
    asked++;
    const mask = matrix.choices[k] as number;
    if (mask === 0) continue;
    const g = groups[a] as number;
    for (let o = 0; o < m; o++) {
      if ((mask & (1 << o)) === 0) continue;
      count[o] = (count[o] as number) + 1;
      if (g === 1) top[o] = (top[o] as number) + 1;
      else if (g === -1) bottom[o] = (bottom[o] as number) + 1;
    }
  }
  return item.options.map((option, o) => ({
    optionId: option.id,
    correct: option.correct,
    count: count[o] as number,
    top: top[o] as number,
    bottom: bottom[o] as number,
    percent: asked === 0 ? 0 : (100 * (count[o] as number)) / asked,
  }));
}
