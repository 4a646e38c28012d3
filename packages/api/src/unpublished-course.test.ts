import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { courses } from "@soleus/db/schema";
import { COURSE, createWorld, QUIZ, type World } from "./testing/world";

let world: World;
beforeAll(async () => {
  world = await createWorld();
});
afterAll(async () => {
  await world.database.destroy();
});

describe("a course taken off the site", () => {
  it("can no longer be quizzed, though it could while published", async () => {
    const learner = await world.callerFor("learner");
    const open = await learner.attempts.start({ course: COURSE, quiz: QUIZ });
    expect(open.status).toBe("open");

    await world.db
      .update(courses)
      .set({ publishedRevisionId: null })
      .where(eq(courses.slug, COURSE));
    const otherLearner = await world.callerFor("otherLearner");
    await expect(otherLearner.attempts.start({ course: COURSE, quiz: QUIZ })).rejects.toMatchObject(
      { code: "NOT_FOUND" },
    );
  });
});
