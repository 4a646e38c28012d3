import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateResults } from "@soleus/db/generate-results";
import { quizAttempts, quizRevisions, quizzes } from "@soleus/db/schema";
import {
  computeQuizStatistics,
  matrixFromAttempts,
  parseAttempt,
  type AttemptSelection,
} from "@soleus/quiz-engine";
import { createWorld, type World } from "../../testing/world";
import { quizOfRevision } from "../attempts/quiz-source";

/**
 * The SQL aggregates against the quiz engine's statistics in memory, on a generated data set
 * of a few thousand attempts (PGlite by default, PostgreSQL with TEST_DATABASE_URL).
 */
let world: World;
let generated: { attempts: number };

beforeAll(async () => {
  world = await createWorld();
  generated = await generateResults(world.database.pool, {
    attempts: 3000,
    seed: "agreement",
    end: Date.parse("2026-11-30T18:00:00Z"),
  });
}, 600_000);
afterAll(async () => {
  await (world as World | undefined)?.database.destroy();
});

async function quizBySlug(slug: string) {
  const quiz = await world.db.query.quizzes.findFirst({
    where: and(eq(quizzes.courseId, world.course.id), eq(quizzes.slug, slug)),
  });
  if (!quiz) throw new Error(`no quiz ${slug}`);
  return quiz;
}

async function engineStatistics(quizId: string, slug: string, selection: AttemptSelection) {
  const revision = await world.db.query.quizRevisions.findFirst({
    where: eq(quizRevisions.quizId, quizId),
  });
  if (!revision) throw new Error("no revision");
  const quiz = quizOfRevision(slug, revision);
  const rows = await world.db
    .select({ userId: quizAttempts.userId, state: quizAttempts.state })
    .from(quizAttempts)
    .where(and(eq(quizAttempts.quizId, quizId), eq(quizAttempts.status, "submitted")))
    .orderBy(asc(quizAttempts.submittedAt), asc(quizAttempts.id));
  return computeQuizStatistics(
    matrixFromAttempts(
      quiz,
      rows.map((r) => ({ learnerId: r.userId, attempt: parseAttempt(quiz, r.state) })),
      selection,
    ),
  );
}

const close = (value: number | null): unknown =>
  value === null ? null : (expect.closeTo(value, 8) as unknown);

describe("item analysis from SQL agrees with the quiz engine in memory", () => {
  it("generated a few thousand attempts", () => {
    expect(generated.attempts).toBeGreaterThanOrEqual(3000);
  });

  for (const [slug, selection] of [
    ["the-second-heart-final", "all"],
    ["the-second-heart-final", "highest"],
    ["meet-the-soleus-check", "first"],
    ["balance-and-fall-risk-check", "last"],
  ] as const) {
    it(`${slug}, ${selection} attempts`, async () => {
      const quiz = await quizBySlug(slug);
      const admin = await world.adminCallerFor("admin");
      const fromSql = await admin.results.itemAnalysis({ quizId: quiz.id, attempts: selection });
      const engine = await engineStatistics(quiz.id, slug, selection);
      expect(fromSql.attempts).toBe(engine.attempts);
      expect(fromSql.attempts).toBeGreaterThan(100);
      for (const key of [
        "mean",
        "median",
        "sd",
        "skewness",
        "kurtosis",
        "cronbachAlpha",
        "internalConsistency",
        "errorRatio",
        "standardError",
      ] as const)
        expect([key, fromSql[key]]).toEqual([key, close(engine[key])]);
      expect(fromSql.questions).toHaveLength(engine.questions.length);
      fromSql.questions.forEach((q, i) => {
        const e = engine.questions[i];
        if (!e) throw new Error("question missing");
        expect(q.questionId).toBe(e.questionId);
        for (const key of [
          "attempts",
          "facility",
          "sd",
          "randomGuessScore",
          "intendedWeight",
          "effectiveWeight",
          "discriminationIndex",
          "discriminativeEfficiency",
        ] as const)
          expect([q.questionId, key, q[key]]).toEqual([q.questionId, key, close(e[key])]);
        expect(q.facilityInterval.low).toBeCloseTo(e.facilityInterval.low, 8);
        expect(q.facilityInterval.high).toBeCloseTo(e.facilityInterval.high, 8);
        expect(
          q.frequencies.map(({ optionId, count, top, bottom, percent }) => ({
            optionId,
            count,
            top,
            bottom,
            percent: Math.round(percent * 1e6),
          })),
        ).toEqual(
          e.frequencies.map(({ optionId, count, top, bottom, percent }) => ({
            optionId,
            count,
            top,
            bottom,
            percent: Math.round(percent * 1e6),
          })),
        );
        expect(q.flags).toEqual(e.flags);
      });
    });
  }
});
