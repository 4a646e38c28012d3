import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attemptResponses, quizAttempts, quizRevisions, quizzes } from "@soleus/db/schema";
import {
  computeQuizStatistics,
  createSeededRandom,
  matrixFromAttempts,
  parseAttempt,
  type PublicQuestion,
} from "@soleus/quiz-engine";
import { createTestUser } from "@soleus/auth/testing/fixtures";
import { createSession, readSession } from "@soleus/auth/session";
import { createLearnerCaller } from "../../root";
import { sampleResponse } from "../../testing/sample-response";
import { createApiContext } from "../../trpc/context";
import { COURSE, createWorld, type World } from "../../testing/world";
import { quizOfRevision } from "../attempts/quiz-source";

const QUIZ_SLUG = "meet-the-soleus-check";
let world: World;
let quizId: string;

/** A random (seeded) answer: any option of a choice question, else the sample answer. */
function randomAnswer(question: PublicQuestion, pick: (n: number) => number): unknown {
  if (question.type === "single_choice")
    return { optionId: question.options[pick(question.options.length)]?.id };
  if (question.type === "true_false") return { value: pick(2) === 0 };
  if (question.type === "multiple_response")
    return { optionIds: question.options.filter(() => pick(2) === 0).map((o) => o.id) };
  return sampleResponse(question);
}

/** A learner-site caller acting as `userId` with the clock at `at`. */
async function learnerAt(userId: string, at: Date) {
  const { token } = await createSession(world.db, userId, "web");
  const session = await readSession(world.db, token, "web");
  if (!session) throw new Error("no session");
  return createLearnerCaller(
    createApiContext({ db: world.db, session, app: "web", now: () => at }),
  );
}

beforeAll(async () => {
  world = await createWorld();
  const quiz = await world.db.query.quizzes.findFirst({ where: eq(quizzes.slug, QUIZ_SLUG) });
  if (!quiz) throw new Error("no quiz");
  quizId = quiz.id;
  const random = createSeededRandom("results-test");
  const start = Date.parse("2026-03-02T09:00:00Z");
  for (let l = 0; l < 14; l++) {
    const learner = await createTestUser(world.db, "learner");
    const tries = 1 + random.int(2);
    for (let t = 0; t < tries; t++) {
      const caller = await learnerAt(learner.id, new Date(start + (l * 3 + t) * 86_400_000));
      const view = await caller.attempts.start({ course: COURSE, quiz: QUIZ_SLUG });
      for (const question of view.quiz.questions) {
        if (random.int(5) === 0) continue; // some left unanswered
        await caller.attempts.saveResponse({
          attemptId: view.attemptId,
          questionId: question.id,
          response: randomAnswer(question, (n) => random.int(n)),
        });
      }
      await caller.attempts.submit({ attemptId: view.attemptId });
    }
  }
}, 240_000);
afterAll(async () => {
  await (world as World | undefined)?.database.destroy();
});

/** The engine's statistics over the same stored attempts, in submission order. */
async function engineStatistics(selection: "first" | "last" | "highest" | "all") {
  const rows = await world.db
    .select({ userId: quizAttempts.userId, state: quizAttempts.state, revision: quizRevisions })
    .from(quizAttempts)
    .innerJoin(quizRevisions, eq(quizRevisions.id, quizAttempts.quizRevisionId))
    .where(eq(quizAttempts.quizId, quizId))
    .orderBy(asc(quizAttempts.submittedAt), asc(quizAttempts.id));
  const first = rows[0];
  if (!first) throw new Error("no attempts");
  const quiz = quizOfRevision(QUIZ_SLUG, first.revision);
  const attempts = rows.map((r) => ({ learnerId: r.userId, attempt: parseAttempt(quiz, r.state) }));
  return computeQuizStatistics(matrixFromAttempts(quiz, attempts, selection));
}

describe("results views from SQL", () => {
  it("submit writes the response columns the views aggregate", async () => {
    const rows = await world.db.select().from(attemptResponses);
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) {
      expect(row.quizId).toBe(quizId);
      expect(row.courseId).toBe(world.course.id);
      expect(row.submittedAt).not.toBeNull();
      expect(row.questionType).toMatch(/^[a-z_]+$/);
      expect(row.objectives?.length).toBeGreaterThan(0);
    }
    expect(rows.some((r) => (r.chosenOptions?.length ?? 0) > 0 && (r.choiceMask ?? 0) > 0)).toBe(
      true,
    );
  });

  for (const selection of ["all", "first", "last", "highest"] as const) {
    it(`item analysis agrees with the quiz engine in memory (${selection} attempts)`, async () => {
      const admin = await world.adminCallerFor("admin");
      const sqlStats = await admin.results.itemAnalysis({ quizId, attempts: selection });
      const engine = await engineStatistics(selection);
      expect(sqlStats.attempts).toBe(engine.attempts);
      for (const key of [
        "mean",
        "median",
        "sd",
        "skewness",
        "kurtosis",
        "cronbachAlpha",
        "errorRatio",
        "standardError",
      ] as const)
        expect([key, sqlStats[key]]).toEqual([
          key,
          engine[key] === null ? null : expect.closeTo(engine[key], 9),
        ]);
      expect(sqlStats.questions.map((q) => q.questionId)).toEqual(
        engine.questions.map((q) => q.questionId),
      );
      sqlStats.questions.forEach((q, i) => {
        const e = engine.questions[i];
        if (!e) throw new Error("missing question");
        for (const key of [
          "attempts",
          "facility",
          "sd",
          "intendedWeight",
          "effectiveWeight",
          "discriminationIndex",
          "discriminativeEfficiency",
          "randomGuessScore",
        ] as const)
          expect([q.questionId, key, q[key]]).toEqual([
            q.questionId,
            key,
            e[key] === null ? null : expect.closeTo(e[key], 9),
          ]);
        expect(q.facilityInterval.low).toBeCloseTo(e.facilityInterval.low, 9);
        expect(
          q.frequencies.map(({ optionId, count, top, bottom }) => ({
            optionId,
            count,
            top,
            bottom,
          })),
        ).toEqual(
          e.frequencies.map(({ optionId, count, top, bottom }) => ({
            optionId,
            count,
            top,
            bottom,
          })),
        );
        expect(q.flags.map((f) => f.code)).toEqual(e.flags.map((f) => f.code));
      });
    });
  }

  it("overview counts learners, attempts and pass rate as the stored attempts say", async () => {
    const admin = await world.adminCallerFor("admin");
    const all = await world.db.select().from(quizAttempts).where(eq(quizAttempts.quizId, quizId));
    const overview = await admin.results.overview({ quizId });
    expect(overview.totals.attempts).toBe(all.length);
    expect(overview.totals.learners).toBe(new Set(all.map((a) => a.userId)).size);
    expect(overview.totals.passRate).toBeCloseTo(
      (100 * all.filter((a) => a.passed).length) / all.length,
      9,
    );
    expect(overview.weekly.reduce((s, w) => s + w.attempts, 0)).toBe(all.length);
    const first = await admin.results.overview({ quizId, attempts: "first" });
    expect(first.totals.attempts).toBe(overview.totals.learners);
    const march = await admin.results.overview({ quizId, from: "2026-03-02", to: "2026-03-05" });
    expect(march.totals.attempts).toBe(
      all.filter((a) => a.submittedAt && a.submittedAt < new Date("2026-03-06T00:00:00Z")).length,
    );
  });

  it("serves a cached view until an attempt in scope is submitted, then recomputes", async () => {
    const admin = await world.adminCallerFor("admin");
    const before = await admin.results.overview({ quizId });
    const { caller } = await world.newLearner(() => new Date("2026-04-01T10:00:00Z"));
    const view = await caller.attempts.start({ course: COURSE, quiz: QUIZ_SLUG });
    await caller.attempts.submit({ attemptId: view.attemptId });
    const after = await admin.results.overview({ quizId });
    expect(after.totals.attempts).toBe(before.totals.attempts + 1);
  });

  it("refuses a coach another course's quiz, and a revision of another quiz", async () => {
    const other = await world.adminCallerFor("otherCoach");
    await expect(other.results.itemAnalysis({ quizId })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const admin = await world.adminCallerFor("admin");
    const foreign = await world.db.query.quizzes.findFirst({
      where: eq(quizzes.slug, "your-second-heart-check"),
    });
    await expect(
      admin.results.itemAnalysis({ quizId, quizRevisionId: foreign?.publishedRevisionId ?? "" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      admin.results.overview({ from: "2026-05-02", to: "2026-05-01" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
