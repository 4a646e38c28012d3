import { eq } from "drizzle-orm";
import { createTestUser } from "@soleus/auth/testing/fixtures";
import type { AppName } from "@soleus/auth/cookies";
import { createSession, readSession } from "@soleus/auth/session";
import { courseCoaches, courses, quizRevisions, quizzes } from "@soleus/db/schema";
import { seedDatabase } from "@soleus/db/seed";
import { createTestDatabase, type TestDatabase } from "@soleus/db/testing";
import { createAdminCaller, createLearnerCaller } from "../root";
import { createApiContext } from "../trpc/context";

export const ACTORS = [
  "anonymous",
  "learner",
  "otherLearner",
  "coach",
  "otherCoach",
  "admin",
] as const;
export type ActorName = (typeof ACTORS)[number];

export const COURSE = "the-second-heart";
export const QUIZ = "meet-the-soleus-check";

/**
 * A seeded database with one person of each kind: `coach` is assigned to the built-in course,
 * `otherCoach` owns a second (draft) course, `learner` and `otherLearner` are two learners.
 */
export async function createWorld() {
  const database: TestDatabase = await createTestDatabase();
  await seedDatabase(database.url);
  const db = database.db;
  const people = {
    learner: await createTestUser(db, "learner"),
    otherLearner: await createTestUser(db, "learner"),
    coach: await createTestUser(db, "coach"),
    otherCoach: await createTestUser(db, "coach"),
    admin: await createTestUser(db, "admin"),
  };
  const course = await db.query.courses.findFirst({ where: eq(courses.slug, COURSE) });
  if (!course) throw new Error("seed did not create the course");
  await db.insert(courseCoaches).values({ courseId: course.id, userId: people.coach.id });
  const [otherCourse] = await db
    .insert(courses)
    .values({ slug: "other-coach-draft", ownerId: people.otherCoach.id })
    .returning();
  if (!otherCourse) throw new Error("second course not created");

  /** The context of `actor` in one app, with a fresh real session (so earlier revocations do not leak in). */
  async function contextFor(actor: ActorName, app: AppName, now?: () => Date) {
    if (actor === "anonymous")
      return createApiContext({ db, session: null, app, ...(now ? { now } : {}) });
    const { token } = await createSession(db, people[actor].id, app);
    const session = await readSession(db, token, app);
    if (!session) throw new Error(`no session for ${actor}`);
    return createApiContext({ db, session, app, ip: `test-${actor}`, ...(now ? { now } : {}) });
  }
  /** A learner-site caller acting as `actor`. */
  async function callerFor(actor: ActorName, now?: () => Date) {
    return createLearnerCaller(await contextFor(actor, "web", now));
  }
  /** An admin-app caller acting as `actor`. */
  async function adminCallerFor(actor: ActorName, now?: () => Date) {
    return createAdminCaller(await contextFor(actor, "admin", now));
  }

  /** A new learner with no attempts yet, and a caller acting as them. */
  async function newLearner(now?: () => Date) {
    const user = await createTestUser(db, "learner");
    const { token } = await createSession(db, user.id, "web");
    const session = await readSession(db, token, "web");
    if (!session) throw new Error("no session for the new learner");
    return {
      user,
      caller: createLearnerCaller(
        createApiContext({
          db,
          session,
          app: "web",
          ip: `test-${user.id}`,
          ...(now ? { now } : {}),
        }),
      ),
    };
  }

  return { database, db, people, course, otherCourse, callerFor, adminCallerFor, newLearner };
}
export type World = Awaited<ReturnType<typeof createWorld>>;

export const IMMEDIATE_QUIZ = "practice-immediate";

/**
 * Adds a published, timed (10 minutes) quiz with immediate feedback and a 25% penalty per extra
 * try to the seeded course (idempotent). Its one question: the soleus is "deep" (option a).
 */
export async function addImmediateFeedbackQuiz(world: World) {
  const existing = await world.db.query.quizzes.findFirst({
    where: (table, { and, eq: equals }) =>
      and(equals(table.courseId, world.course.id), equals(table.slug, IMMEDIATE_QUIZ)),
  });
  if (existing) return existing;
  const [quiz] = await world.db
    .insert(quizzes)
    .values({ courseId: world.course.id, slug: IMMEDIATE_QUIZ, kind: "lesson_check" })
    .returning();
  if (!quiz) throw new Error("quiz not created");
  const [revision] = await world.db
    .insert(quizRevisions)
    .values({
      quizId: quiz.id,
      revision: 1,
      title: "Practice with feedback",
      passPercent: 50,
      settings: {
        attemptsAllowed: null,
        grading: "highest",
        shuffleQuestions: false,
        shuffleOptions: false,
        pools: [],
        timeLimitSeconds: 600,
        feedback: "immediate",
        penaltyPerTry: 0.25,
        showCorrectAnswers: "after_each_attempt",
      },
      questions: [
        {
          id: "where-is-it",
          type: "single_choice",
          prompt: "Where is the soleus?",
          points: 1,
          objectives: ["anatomy"],
          section: { lesson: "meet-the-soleus", anchor: "where-it-sits" },
          explanation: "Deep in the calf, under the gastrocnemius.",
          tags: [],
          options: [
            { id: "a", text: "Deep in the calf", correct: true },
            {
              id: "b",
              text: "In the thigh",
              correct: false,
              feedback: "Lower down: it is a calf muscle.",
            },
          ],
        },
      ] as never,
      source: "editor",
      contentHash: "test",
    })
    .returning();
  if (!revision) throw new Error("revision not created");
  await world.db
    .update(quizzes)
    .set({ publishedRevisionId: revision.id })
    .where(eq(quizzes.id, quiz.id));
  return quiz;
}
