import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { QuizEngineError } from "../errors";
import { createStatisticsMatrix, type StatisticsItem } from "./matrix";
import { computeQuizStatistics } from "./quiz";
import { wilsonInterval } from "./wilson";

/*
 * Worked example: 6 attempts × 3 questions (max 1, 1, 2; quiz max 4).
 *
 *   attempt  q1 q2 q3  total  percent
 *   a0        1  1  2    4     100
 *   a1        1  0  2    3      75
 *   a2        0  1  1    2      50
 *   a3        1  0  0    1      25
 *   a4        0  0  0    0       0
 *   a5        1  1  2    4     100
 *
 * By hand (sample variances, divisor n - 1 = 5):
 *   mean percent = 350/6 = 58.333; median = (50 + 75)/2 = 62.5
 *   SD percent: deviations 41.67, 16.67, -8.33, -33.33, -58.33, 41.67 → Σd² = 8333.3 → /5 → √1666.7 = 40.825
 *   Var(q1) = (4·(1/3)² + 2·(2/3)²)/5 = (4/3)/5 = 0.26667
 *   Var(q2) = 6·0.25/5 = 0.3
 *   Var(q3): mean 7/6, Σd² = (3·25 + 1 + 2·49)/36 = 174/36 → /5 = 0.96667
 *   Var(T): mean 7/3, Σd² = (25 + 4 + 1 + 16 + 49 + 25)/9 = 120/9 → /5 = 2.66667
 *   alpha = 3/2 · (1 - 1.53333/2.66667) = 1.5 · 0.425 = 0.6375
 *   error ratio = 100·√(1 - 0.6375) = 60.208; standard error = 0.60208 · 40.825 = 24.580
 *   q1: rest = T - q1 = 3 2 2 0 0 3; Cov(q1, rest) = Σ(dx·dr)/5 = 0.26667;
 *       Var(rest) = 1.86667 → DI = 100·0.26667/√(0.26667·1.86667) = 37.796
 *       sorted pairing: q1 0 0 1 1 1 1 with rest 0 0 2 2 3 3 → Cmax = 0.66667 → DE = 40.0
 * Cross-checked with numpy/scipy (np.corrcoef, np.cov(ddof=1), scipy.stats.skew/kurtosis with
 * bias=False): skewness -0.382733, kurtosis -1.48125; DI q2 41.208, q3 76.564; DE q2 42.857,
 * q3 100; effective weights 26.622 / 28.237 / 45.140.
 */
const items: StatisticsItem[] = [
  {
    id: "q1",
    type: "single_choice",
    maxPoints: 1,
    randomGuessScore: 1 / 3,
    options: [
      { id: "x", correct: true },
      { id: "y", correct: false },
      { id: "z", correct: false },
    ],
  },
  {
    id: "q2",
    type: "true_false",
    maxPoints: 1,
    randomGuessScore: 0.5,
    options: [
      { id: "true", correct: true },
      { id: "false", correct: false },
    ],
  },
  { id: "q3", type: "numeric", maxPoints: 2, randomGuessScore: 0, options: [] },
];
const rows = [
  [1, 1, 2],
  [1, 0, 2],
  [0, 1, 1],
  [1, 0, 0],
  [0, 0, 0],
  [1, 1, 2],
];
// q1 choices: x x y x y x (bit 0 = x, bit 1 = y); q2: true when right.
const q1Choices = [1, 1, 2, 1, 2, 1];

function workedExample() {
  const matrix = createStatisticsMatrix(items, rows.length);
  rows.forEach((row, a) =>
    row.forEach((mark, i) => {
      matrix.marks[a * 3 + i] = mark;
      if (i === 0) matrix.choices[a * 3] = q1Choices[a] ?? 0;
      if (i === 1) matrix.choices[a * 3 + 1] = mark === 1 ? 1 : 2;
    }),
  );
  return matrix;
}

describe("computeQuizStatistics on a worked example", () => {
  const stats = computeQuizStatistics(workedExample());
  it("matches the hand-computed quiz figures", () => {
    expect(stats.attempts).toBe(6);
    expect(stats.mean).toBeCloseTo(58.3333333, 6);
    expect(stats.median).toBe(62.5);
    expect(stats.sd).toBeCloseTo(40.824829, 6);
    expect(stats.skewness).toBeCloseTo(-0.3827328, 6);
    expect(stats.kurtosis).toBeCloseTo(-1.48125, 6);
    expect(stats.cronbachAlpha).toBeCloseTo(0.6375, 10);
    expect(stats.internalConsistency).toBeCloseTo(63.75, 8);
    expect(stats.errorRatio).toBeCloseTo(60.2079729, 6);
    expect(stats.standardError).toBeCloseTo(24.579802, 6);
  });
  it("matches the hand-computed question figures", () => {
    const [q1, q2, q3] = stats.questions;
    expect(q1).toMatchObject({ attempts: 6, intendedWeight: 25 });
    expect(q1?.randomGuessScore).toBeCloseTo(100 / 3, 9);
    expect(q1?.facility).toBeCloseTo(66.6666667, 6);
    expect(q1?.sd).toBeCloseTo(51.6397779, 6);
    expect(q1?.discriminationIndex).toBeCloseTo(37.7964473, 6);
    expect(q1?.discriminativeEfficiency).toBeCloseTo(40, 8);
    expect(q2?.discriminationIndex).toBeCloseTo(41.2081692, 6);
    expect(q2?.discriminativeEfficiency).toBeCloseTo(42.8571429, 6);
    expect(q3?.facility).toBeCloseTo(58.3333333, 6);
    expect(q3?.discriminationIndex).toBeCloseTo(76.5641493, 6);
    expect(q3?.discriminativeEfficiency).toBeCloseTo(100, 8);
    expect(q3?.intendedWeight).toBe(50);
    expect(stats.questions.map((q) => q.effectiveWeight)).toEqual([
      expect.closeTo(26.6223481, 6),
      expect.closeTo(28.2372644, 6),
      expect.closeTo(45.1403875, 6),
    ]);
  });
  it("counts options overall and in the top and bottom thirds", () => {
    // Sorted by percent: a4 0, a3 25 | a2 50, a1 75 | a0 100, a5 100 → bottom {a4, a3}, top {a0, a5}.
    expect(stats.questions[0]?.frequencies).toEqual([
      { optionId: "x", correct: true, count: 4, top: 2, bottom: 1, percent: (100 * 4) / 6 },
      { optionId: "y", correct: false, count: 2, top: 0, bottom: 1, percent: (100 * 2) / 6 },
      { optionId: "z", correct: false, count: 0, top: 0, bottom: 0, percent: 0 },
    ]);
  });
  it("flags an unused distractor and too few attempts, with the Wilson interval", () => {
    const codes = stats.questions[0]?.flags.map((f) => f.code);
    expect(codes).toContain("unused_distractor");
    expect(codes).toContain("too_few_attempts");
    // Wilson, p = 4/6, n = 6, z = 1.96: centre (0.6667 + 0.3201)/1.6403 = 0.6016, half 0.3016.
    expect(stats.questions[0]?.facilityInterval.low).toBeCloseTo(29.999, 2);
    expect(stats.questions[0]?.facilityInterval.high).toBeCloseTo(90.323, 2);
    expect(stats.questions[2]?.flags.map((f) => f.code)).not.toContain("unused_distractor");
  });
});

describe("flags", () => {
  it("flags negative discrimination, too easy and too hard questions", () => {
    const three: StatisticsItem[] = ["a", "b", "c", "d"].map((id) => ({
      id,
      type: "numeric",
      maxPoints: 1,
      randomGuessScore: 0,
      options: [],
    }));
    const n = 60;
    const matrix = createStatisticsMatrix(three, n);
    for (let a = 0; a < n; a++) {
      const strong = a % 2 === 0;
      matrix.marks.set([strong ? 1 : 0, strong ? 1 : 0, strong ? 0 : 1, a === 0 ? 0 : 1], a * 4);
    }
    const [, , reversed, easy] = computeQuizStatistics(matrix).questions;
    expect(reversed?.discriminationIndex).toBeLessThan(0);
    expect(reversed?.flags.map((f) => f.code)).toContain("negative_discrimination");
    expect(easy?.flags.map((f) => f.code)).toContain("too_easy");
    expect(easy?.flags.map((f) => f.code)).not.toContain("too_few_attempts");
    matrix.marks.fill(0);
    expect(computeQuizStatistics(matrix).questions[0]?.flags.map((f) => f.code)).toEqual(
      expect.arrayContaining(["too_hard", "no_variation"]),
    );
  });
});

describe("bad statistics input", () => {
  it("refuses marks out of range and NaN-free infinities, with the cell", () => {
    const matrix = workedExample();
    matrix.marks[4] = 5;
    try {
      computeQuizStatistics(matrix);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(QuizEngineError);
      expect((error as QuizEngineError).path).toEqual(["marks", 1, 1]);
    }
    matrix.marks[4] = Number.POSITIVE_INFINITY;
    expect(() => computeQuizStatistics(matrix)).toThrow(QuizEngineError);
    expect(() => computeQuizStatistics({ ...workedExample(), attempts: 7 })).toThrow(/marks/);
  });
});

describe("wilsonInterval", () => {
  it("stays within [0, 1] at the extremes", () => {
    expect(wilsonInterval(0, 10).low).toBe(0);
    expect(wilsonInterval(1, 10).high).toBe(1);
    expect(wilsonInterval(1, 10).low).toBeCloseTo(0.7225, 4); // n/(n + z²) = 10/13.8416
  });
});

describe("statistics invariants (property)", () => {
  it("alpha ≤ 1, facility in [0, 100], discrimination in [-100, 100], efficiency ≤ 100", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }).chain((q) =>
          fc.record({
            max: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: q, maxLength: q }),
            rows: fc.array(
              fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: q, maxLength: q }),
              { minLength: 2, maxLength: 40 },
            ),
          }),
        ),
        ({ max, rows: data }) => {
          const defs: StatisticsItem[] = max.map((m, i) => ({
            id: `q${i}`,
            type: "numeric",
            maxPoints: m,
            randomGuessScore: 0,
            options: [],
          }));
          const matrix = createStatisticsMatrix(defs, data.length);
          data.forEach((row, a) =>
            row.forEach((f, i) => (matrix.marks[a * defs.length + i] = f * (max[i] ?? 1))),
          );
          const stats = computeQuizStatistics(matrix);
          if (stats.cronbachAlpha !== null)
            expect(stats.cronbachAlpha).toBeLessThanOrEqual(1 + 1e-9);
          for (const s of stats.questions) {
            expect(s.facility).toBeGreaterThanOrEqual(0);
            expect(s.facility).toBeLessThanOrEqual(100 + 1e-9);
            if (s.discriminationIndex !== null)
              expect(Math.abs(s.discriminationIndex)).toBeLessThanOrEqual(100 + 1e-6);
            if (s.discriminativeEfficiency !== null)
              expect(s.discriminativeEfficiency).toBeLessThanOrEqual(100 + 1e-6);
          }
        },
      ),
    );
  });
});
