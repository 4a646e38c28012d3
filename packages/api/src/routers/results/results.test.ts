import { and, asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  attemptResponses,
  quizAttempts,
  quizRevisions,
  quizzes,
  resultStamps,
} from "@soleus/db/schema";
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

  it("score distribution, mastery and misconceptions agree with the stored results", async () => {
    const admin = await world.adminCallerFor("admin");
    const all = await world.db.select().from(quizAttempts).where(eq(quizAttempts.quizId, quizId));
    const distribution = await admin.results.scoreDistribution({ quizId, binWidth: 20 });
    expect(distribution.bins.map((b) => b.from)).toEqual([0, 20, 40, 60, 80]);
    expect(distribution.passPercent).toBeGreaterThan(0);
    for (const bin of distribution.bins)
      expect(bin.count).toBe(
        all.filter(
          (a) =>
            (a.percent ?? 0) >= bin.from &&
            ((a.percent ?? 0) < bin.to || (bin.to === 100 && a.percent === 100)),
        ).length,
      );

    type Stored = {
      questions: {
        objectives: string[];
        earned: number;
        max: number;
        status: string;
        misconceptions: string[];
      }[];
    };
    const perLearner = new Map<
      string,
      Map<string, { earned: number; max: number; answered: boolean }>
    >();
    const chose = new Map<string, Set<string>>();
    for (const a of all) {
      const mine =
        perLearner.get(a.userId) ??
        new Map<string, { earned: number; max: number; answered: boolean }>();
      perLearner.set(a.userId, mine);
      for (const q of (a.result as unknown as Stored).questions) {
        for (const o of q.objectives) {
          const cell = mine.get(o) ?? { earned: 0, max: 0, answered: false };
          mine.set(o, {
            earned: cell.earned + q.earned,
            max: cell.max + q.max,
            answered: cell.answered || q.status !== "unanswered",
          });
        }
        for (const m of q.misconceptions) chose.set(m, (chose.get(m) ?? new Set()).add(a.userId));
      }
    }
    const mastery = await admin.results.objectiveMastery({ quizId });
    expect(mastery.thresholds).toEqual({ familiar: 50, proficient: 75, mastered: 90 });
    for (const objective of mastery.objectives) {
      const cells = [...perLearner.values()].flatMap((m) =>
        m.has(objective.objectiveId) ? [m.get(objective.objectiveId)] : [],
      );
      expect(objective.learners).toBe(cells.length);
      const proficient = cells.filter(
        (c) => c && c.answered && (100 * c.earned) / c.max >= 75,
      ).length;
      expect(objective.levels.proficient + objective.levels.mastered).toBe(proficient);
      expect(objective.title).not.toBe("");
    }

    const misconceptions = await admin.results.misconceptions({ courseId: world.course.id });
    expect(misconceptions.learners).toBe(perLearner.size);
    const ranked = [...chose.entries()]
      .map(([m, who]) => [m, who.size] as const)
      .sort((a, b) => b[1] - a[1]);
    expect(misconceptions.items.length).toBe(ranked.length);
    expect(misconceptions.items[0]?.learners).toBe(ranked[0]?.[1]);
    for (const item of misconceptions.items)
      expect(item.learners).toBe(chose.get(item.misconception)?.size);
  });

  it("lists learners (searchable, paged) and shows one learner's responses as they saw them", async () => {
    const admin = await world.adminCallerFor("admin");
    const page1 = await admin.results.learners({ quizId, pageSize: 5 });
    expect(page1.total).toBe(15);
    expect(page1.rows).toHaveLength(5);
    const page4 = await admin.results.learners({ quizId, pageSize: 5, page: 4 });
    expect(page4.rows).toHaveLength(0);
    expect(page4.total).toBe(15);
    const someone = page1.rows[1];
    if (!someone) throw new Error("no learner");
    const found = await admin.results.learners({ quizId, search: someone.email.slice(0, 12) });
    expect(found.rows.map((r) => r.userId)).toContain(someone.userId);
    expect((await admin.results.learners({ quizId, search: "%" })).total).toBe(0);

    const detail = await admin.results.learnerAttempts({ quizId, userId: someone.userId });
    expect(detail.learner.email).toBe(someone.email);
    expect(detail.attempts).toHaveLength(someone.attempts);
    const response = detail.attempts[0]?.responses.find((r) => r.type === "single_choice");
    expect(response?.options.length).toBeGreaterThan(1);
    expect(response?.prompt).not.toBe("");
    expect(response?.explanation).not.toBe("");
    const coach = await world.adminCallerFor("otherCoach");
    await expect(coach.results.learnerAttempts({ userId: someone.userId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("wrong answers are grouped per open question of a quiz", async () => {
    const admin = await world.adminCallerFor("admin");
    const wrong = await admin.results.wrongAnswers({ quizId });
    for (const question of wrong.questions) {
      expect(["numeric", "short_text", "ordering", "matching", "fill_blanks"]).toContain(
        question.type,
      );
      const sum = question.answers.reduce((s, a) => s + a.count, 0);
      expect(sum).toBeLessThanOrEqual(question.answered);
    }
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

  it("stays current under concurrent submits: reads racing them never leave a stale view behind", async () => {
    const admin = await world.adminCallerFor("admin");
    await admin.results.overview({ quizId });
    const learners = await Promise.all(
      Array.from({ length: 8 }, () => world.newLearner(() => new Date("2026-04-02T10:00:00Z"))),
    );
    const views = await Promise.all(
      learners.map(({ caller }) => caller.attempts.start({ course: COURSE, quiz: QUIZ_SLUG })),
    );
    // Submits and reads interleave: a read may compute while some submits have committed.
    await Promise.all([
      ...learners.map(({ caller }, i) =>
        caller.attempts.submit({ attemptId: views[i]?.attemptId ?? "" }),
      ),
      ...Array.from({ length: 6 }, () => admin.results.overview({ quizId })),
    ]);
    const submitted = await world.db
      .select()
      .from(quizAttempts)
      .where(and(eq(quizAttempts.quizId, quizId), eq(quizAttempts.status, "submitted")));
    const after = await admin.results.overview({ quizId });
    expect(after.totals.attempts).toBe(submitted.length);
    // Every submit bumped exactly one shard once: the stamps count every submitted attempt.
    const stamps = await world.db
      .select({ total: sql<string>`sum(${resultStamps.submitted})` })
      .from(resultStamps)
      .where(eq(resultStamps.quizId, quizId));
    expect(Number(stamps[0]?.total)).toBe(submitted.length);
  });
});
