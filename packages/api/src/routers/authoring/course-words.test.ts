import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "@soleus/db/schema";
import { seedDatabase } from "@soleus/db/seed";
import { formatApiError } from "../../trpc/error-formatter";
import { LESSON, lessonId, warmUpPublishChecks } from "../../testing/authoring-fixtures";
import { rejection } from "../../testing/rejection";
import { createWorld, type World } from "../../testing/world";

let world: World;
beforeAll(async () => {
  world = await createWorld();
  await warmUpPublishChecks();
}, 240_000);
afterAll(async () => {
  await world.database.destroy();
});

const coach = () => world.adminCallerFor("coach");
const WORD = "Quazzlewort";

async function editWithWord(id: string) {
  const caller = await coach();
  const lesson = await caller.authoring.lessons.get({ lessonId: id });
  const content = lesson.content;
  if (!content) throw new Error("lesson has no content");
  return caller.authoring.lessons.saveDraft({
    lessonId: id,
    baseVersion: lesson.version,
    title: content.title,
    summary: content.summary,
    minutes: content.minutes,
    objectives: content.objectives,
    bodyMarkdown: `${content.bodyMarkdown}\n\nThe ${WORD} stretch comes next.\n`,
  });
}

describe(`course words for the spelling check (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("a word the dictionary lacks blocks publishing until a coach adds it to the course words", async () => {
    const id = await lessonId(world, LESSON);
    const caller = await coach();
    const { version } = await editWithWord(id);

    const refused = await rejection(
      caller.authoring.lessons.publish({ lessonId: id, baseVersion: version }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    const shape = formatApiError({
      error: refused,
      shape: {
        code: -32600,
        message: refused.message,
        data: { code: "BAD_REQUEST", httpStatus: 400 },
      },
    });
    const text = JSON.stringify(shape.data);
    expect(text).toContain(`\\"${WORD}\\" is not in the British English dictionary`);
    expect(text).toContain("add it to the course words on the course page");
    expect(text).not.toContain("spelling-words.txt");

    const added = await caller.authoring.courseWords.add({
      courseId: world.course.id,
      words: [WORD, WORD],
    });
    expect(added.added).toEqual([WORD]);
    const list = await caller.authoring.courseWords.list({ courseId: world.course.id });
    expect(list.fromCoaches).toEqual([WORD]);
    expect(list.fromFiles.length).toBeGreaterThan(0);
    const audited = await world.db
      .select({ details: auditLog.details })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, "course.spelling_words_changed"),
          eq(auditLog.targetId, world.course.id),
        ),
      );
    expect(audited).toEqual([{ details: { added: [WORD] } }]);

    const published = await caller.authoring.lessons.publish({
      lessonId: id,
      baseVersion: version,
    });
    expect(published.revision).toBeGreaterThan(1);
  }, 180_000);

  it("every start's import keeps the coaches' words; only a coach's word can be removed", async () => {
    const caller = await coach();
    await caller.authoring.courseWords.add({ courseId: world.course.id, words: ["Brindlecap"] });
    await seedDatabase(world.database.url);
    const kept = await caller.authoring.courseWords.list({ courseId: world.course.id });
    expect(kept.fromCoaches).toContain("Brindlecap");

    const fileWord = kept.fromFiles[0] ?? "";
    const refused = await rejection(
      caller.authoring.courseWords.remove({ courseId: world.course.id, word: fileWord }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.message).toMatch(/comes from the course's files/);

    expect(
      await caller.authoring.courseWords.remove({ courseId: world.course.id, word: "Brindlecap" }),
    ).toEqual({ removed: true });
    const after = await caller.authoring.courseWords.list({ courseId: world.course.id });
    expect(after.fromCoaches).not.toContain("Brindlecap");
    expect(after.fromFiles).toEqual(kept.fromFiles);
  });

  it("refuses what is not one word, and coaches of other courses, changing nothing", async () => {
    const caller = await coach();
    const before = await caller.authoring.courseWords.list({ courseId: world.course.id });
    for (const words of [["two words"], ["<script>"], [""], ["x".repeat(41)], []]) {
      const error = await rejection(
        caller.authoring.courseWords.add({ courseId: world.course.id, words }),
      );
      expect(error.code).toBe("BAD_REQUEST");
    }
    const other = await world.adminCallerFor("otherCoach");
    for (const call of [
      () => other.authoring.courseWords.list({ courseId: world.course.id }),
      () => other.authoring.courseWords.add({ courseId: world.course.id, words: ["Sneaky"] }),
      () => other.authoring.courseWords.remove({ courseId: world.course.id, word: WORD }),
    ])
      expect((await rejection(call())).code).toBe("FORBIDDEN");
    expect(await caller.authoring.courseWords.list({ courseId: world.course.id })).toEqual(before);
  });
});
