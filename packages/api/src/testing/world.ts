import { eq } from "drizzle-orm";
import { createTestUser } from "@soleus/auth/testing/fixtures";
import { createSession, readSession } from "@soleus/auth/session";
import { courseCoaches, courses } from "@soleus/db/schema";
import { seedDatabase } from "@soleus/db/seed";
import { createTestDatabase, type TestDatabase } from "@soleus/db/testing";
import { createCaller } from "../root";
import { createApiContext } from "../trpc/context";

export const ACTORS = ["anonymous", "learner", "otherLearner", "coach", "otherCoach", "admin"] as const;
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
  const [otherCourse] = await db.insert(courses).values({ slug: "other-coach-draft", ownerId: people.otherCoach.id }).returning();
  if (!otherCourse) throw new Error("second course not created");

  /** A caller acting as `actor`, with a fresh real session (so earlier revocations do not leak in). */
  async function callerFor(actor: ActorName, now?: () => Date) {
    if (actor === "anonymous") return createCaller(createApiContext({ db, session: null, app: "web", ...(now ? { now } : {}) }));
    const { token } = await createSession(db, people[actor].id);
    const session = await readSession(db, token);
    if (!session) throw new Error(`no session for ${actor}`);
    return createCaller(createApiContext({ db, session, app: "web", ip: `test-${actor}`, ...(now ? { now } : {}) }));
  }

  return { database, db, people, course, otherCourse, callerFor };
}
export type World = Awaited<ReturnType<typeof createWorld>>;
