import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "@soleus/db/schema";
import { rejection } from "../../testing/rejection";
import {
  addImmediateFeedbackQuiz,
  COURSE,
  createWorld,
  IMMEDIATE_QUIZ,
  type World,
} from "../../testing/world";

let world: World;
beforeAll(async () => {
  world = await createWorld();
  await addImmediateFeedbackQuiz(world); // timed: 10 minutes
}, 240_000);
afterAll(async () => {
  await world.database.destroy();
});

const address = { course: COURSE, quiz: IMMEDIATE_QUIZ };

describe("extra time per learner and course", () => {
  it("a coach sets 1.5× for a learner: the start page and the attempt's deadline show 15 minutes", async () => {
    const { user, caller } = await world.newLearner();
    const before = await caller.attempts.about(address);
    expect(before).toMatchObject({ timeLimitSeconds: 600, extraTime: null });
    const coach = await world.adminCallerFor("coach");
    await coach.accommodations.set({
      courseId: world.course.id,
      email: ` ${user.email.toUpperCase()} `,
      timeMultiplier: 1.5,
    });
    expect(await caller.attempts.about(address)).toMatchObject({
      timeLimitSeconds: 900,
      extraTime: 1.5,
    });
    const attempt = await caller.attempts.start(address);
    expect(attempt.quiz.timeLimitSeconds).toBe(900);
    expect(attempt.quiz.deadline).toBe(attempt.startedAt.getTime() + 900_000);
    const listed = await coach.accommodations.list({ courseId: world.course.id });
    expect(listed.accommodations).toEqual([
      expect.objectContaining({ userId: user.id, timeMultiplier: 1.5 }),
    ]);
    const [audit] = await world.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "accommodation.set"));
    expect(audit).toMatchObject({
      actorId: world.people.coach.id,
      targetId: user.id,
      details: { courseId: world.course.id, timeMultiplier: 1.5, previous: null },
    });
  });

  it("other learners keep the quiz's own limit; removing it gives the learner the limit back, audited", async () => {
    const { user, caller } = await world.newLearner();
    const { caller: other } = await world.newLearner();
    const admin = await world.adminCallerFor("admin");
    await admin.accommodations.set({
      courseId: world.course.id,
      email: user.email,
      timeMultiplier: 2,
    });
    expect((await other.attempts.about(address)).timeLimitSeconds).toBe(600);
    expect((await caller.attempts.about(address)).timeLimitSeconds).toBe(1200);
    await admin.accommodations.remove({ courseId: world.course.id, userId: user.id });
    expect((await caller.attempts.about(address)).timeLimitSeconds).toBe(600);
    const removed = await world.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "accommodation.removed"));
    expect(removed).toHaveLength(1);
    const again = await rejection(
      admin.accommodations.remove({ courseId: world.course.id, userId: user.id }),
    );
    expect(again.message).toMatch(/no extra time/);
  });

  it("refuses bad values with a clear message and changes nothing", async () => {
    const { user, caller } = await world.newLearner();
    const coach = await world.adminCallerFor("coach");
    const cases: [unknown, RegExp][] = [
      [0.5, /starts at 1.1×/],
      [1, /starts at 1.1×/],
      [5, /at most 4×/],
      [1.333, /two decimal places/],
      ["1.5", /as a number/],
    ];
    for (const [timeMultiplier, message] of cases) {
      const refused = await rejection(
        coach.accommodations.set({
          courseId: world.course.id,
          email: user.email,
          timeMultiplier: timeMultiplier as number,
        }),
      );
      expect(refused.code).toBe("BAD_REQUEST");
      expect(refused.message).toMatch(message);
    }
    const unknown = await rejection(
      coach.accommodations.set({
        courseId: world.course.id,
        email: "nobody-here@example.org",
        timeMultiplier: 1.5,
      }),
    );
    expect(unknown.message).toMatch(/No account has that email/);
    expect((await caller.attempts.about(address)).timeLimitSeconds).toBe(600);
  });

  it("a coach of another course and learners cannot set or read it", async () => {
    const { user } = await world.newLearner();
    const input = { courseId: world.course.id, email: user.email, timeMultiplier: 1.5 };
    const other = await world.adminCallerFor("otherCoach");
    expect((await rejection(other.accommodations.set(input))).code).toBe("FORBIDDEN");
    expect((await rejection(other.accommodations.list({ courseId: world.course.id }))).code).toBe(
      "FORBIDDEN",
    );
    const learner = await world.adminCallerFor("learner");
    expect((await rejection(learner.accommodations.set(input))).code).toBe("FORBIDDEN");
    const listed = await (
      await world.adminCallerFor("admin")
    ).accommodations.list({
      courseId: world.course.id,
    });
    expect(listed.accommodations.some((a) => a.userId === user.id)).toBe(false);
  });
});
