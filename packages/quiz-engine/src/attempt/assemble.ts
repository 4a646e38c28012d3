import { z } from "zod";
import { fail, parseOrThrow } from "../errors";
import { assignPools } from "../schemas/pools";
import type { Quiz } from "../schemas/quiz";
import { LIMITS } from "../schemas/limits";
import { layoutQuestion } from "../public-view";
import { parseQuiz } from "../validated";
import { attemptSchema, instantSchema, type Attempt } from "./attempt";
import { sealAttempt } from "./parse-attempt";
import { createSeededRandom } from "./seeded-random";

export const DEFAULT_GRACE_SECONDS = 30;

const assembleOptionsSchema = z.strictObject({
  seed: z.string().min(1).max(LIMITS.seedLength),
  now: instantSchema,
  /** Which attempt this is for the learner (1 = first); checked against attemptsAllowed. */
  attemptNumber: z.number().int().positive().default(1),
  /**
   * Extra-time accommodation: the time limit is multiplied by this (e.g. 1.5). `null` removes
   * the limit for this learner. Omitted = 1.
   */
  timeMultiplier: z.number().positive().max(10).nullable().default(1),
  graceSeconds: z.number().min(0).max(600).default(DEFAULT_GRACE_SECONDS),
  /**
   * The learner's previous attempt, if any: a retake must not look the same, so when the seed
   * gives the same question and option order, the order is re-derived (seed + ":retake:k").
   */
  differentFrom: attemptSchema.nullable().default(null),
});
export type AssembleOptions = z.input<typeof assembleOptionsSchema>;

/** Re-derivations tried before accepting a retake that looks the same (nothing left to shuffle). */
const RETAKE_TRIES = 8;

/** What the learner sees of an attempt's order: its questions and each question's lists. */
export function displayOrderOf(attempt: Pick<Attempt, "questionIds" | "layouts">): string {
  return JSON.stringify(attempt.questionIds.map((id) => [id, attempt.layouts[id] ?? {}]));
}

/**
 * Start an attempt: draw questions from pools, order them, and fix each question's layout, all
 * from `seed`. Same quiz and seed, same attempt. Throws QuizEngineError when attempts run out.
 * With `differentFrom`, the shown order differs from that attempt's whenever the quiz has
 * anything to shuffle.
 */
export function assembleAttempt(quiz: Quiz, options: AssembleOptions): Attempt {
  const { differentFrom, ...rest } = parseOrThrow(
    assembleOptionsSchema,
    options,
    "invalid_argument",
    ["options"],
  );
  const first = assembleFromSeed(quiz, rest);
  if (differentFrom === null) return first;
  const previous = displayOrderOf(differentFrom);
  for (let k = 1; k <= RETAKE_TRIES && displayOrderOf(first) === previous; k++) {
    const suffix = `:retake:${k}`;
    const seed = `${rest.seed.slice(0, LIMITS.seedLength - suffix.length)}${suffix}`;
    const retry = assembleFromSeed(quiz, { ...rest, seed });
    if (displayOrderOf(retry) !== previous) return retry;
  }
  return first;
}

function assembleFromSeed(
  quiz: Quiz,
  options: Omit<z.output<typeof assembleOptionsSchema>, "differentFrom">,
): Attempt {
  const valid = parseQuiz(quiz);
  const { seed, now, attemptNumber, timeMultiplier, graceSeconds } = options;
  const { attemptsAllowed, shuffleQuestions, shuffleOptions, pools, timeLimitSeconds } =
    valid.settings;
  if (attemptsAllowed !== null && attemptNumber > attemptsAllowed) {
    fail(
      "attempts_exhausted",
      ["options", "attemptNumber"],
      `attempt ${attemptNumber} exceeds the ${attemptsAllowed} allowed`,
    );
  }

  const { members, fixed } = assignPools(pools, valid.questions);
  const drawn = new Set(fixed.map((q) => q.id));
  pools.forEach((pool, i) => {
    const picked = createSeededRandom(`${seed}:pool:${i}`)
      .shuffle(members[i] ?? [])
      .slice(0, pool.draw);
    for (const q of picked) drawn.add(q.id);
  });
  const inAuthorOrder = valid.questions.filter((q) => drawn.has(q.id));
  const ordered = shuffleQuestions
    ? createSeededRandom(`${seed}:questions`).shuffle(inAuthorOrder)
    : inAuthorOrder;

  const limit =
    timeLimitSeconds === null || timeMultiplier === null ? null : timeLimitSeconds * timeMultiplier;
  return sealAttempt({
    quizId: valid.id,
    seed,
    attemptNumber,
    status: "open",
    startedAt: now,
    timeLimitSeconds: limit,
    deadline: limit === null ? null : now + Math.round(limit * 1000),
    graceSeconds,
    submittedAt: null,
    questionIds: ordered.map((q) => q.id),
    layouts: Object.fromEntries(
      ordered.map((q) => [q.id, layoutQuestion(q, seed, shuffleOptions)]),
    ),
    responses: {},
    checks: {},
  });
}

/** How many questions each attempt at this quiz asks: those outside pools plus every pool's draw. */
export function questionsPerAttempt(quiz: Quiz): number {
  const valid = parseQuiz(quiz);
  const { members, fixed } = assignPools(valid.settings.pools, valid.questions);
  return valid.settings.pools.reduce(
    (sum, pool, i) => sum + Math.min(pool.draw, members[i]?.length ?? 0),
    fixed.length,
  );
}
