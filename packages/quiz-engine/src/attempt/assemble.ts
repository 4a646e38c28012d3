import { z } from "zod";
import { fail, parseOrThrow } from "../errors";
import { assignPools } from "../schemas/pools";
import type { Quiz } from "../schemas/quiz";
import { LIMITS } from "../schemas/limits";
import { layoutQuestion } from "../public-view";
import { parseQuiz } from "../validated";
import { instantSchema, type Attempt } from "./attempt";
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
});
export type AssembleOptions = z.input<typeof assembleOptionsSchema>;

/**
 * Start an attempt: draw questions from pools, order them, and fix each question's layout, all
 * from `seed`. Same quiz and seed, same attempt. Throws QuizEngineError when attempts run out.
 */
export function assembleAttempt(quiz: Quiz, options: AssembleOptions): Attempt {
  const valid = parseQuiz(quiz);
  const { seed, now, attemptNumber, timeMultiplier, graceSeconds } = parseOrThrow(
    assembleOptionsSchema,
    options,
    "invalid_argument",
    ["options"],
  );
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
