import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  courseToImport,
  listBuiltInCourseDirs,
  loadCourseFromFiles,
  type CourseImport,
} from "@soleus/content";
import { importCourse } from "@soleus/db/import-course";
import { auditLog, documentPresence, lessonRevisions } from "@soleus/db/schema";
import { seedDatabase } from "@soleus/db/seed";
import { formatApiError } from "../../trpc/error-formatter";
import { LESSON, lessonId, versionOf, warmUpPublishChecks } from "../../testing/authoring-fixtures";
import { rejection } from "../../testing/rejection";
import { COURSE, createWorld, type World } from "../../testing/world";

let world: World;
let files: CourseImport;
beforeAll(async () => {
  world = await createWorld();
  const [dir] = await listBuiltInCourseDirs();
  const loaded = await loadCourseFromFiles(dir ?? "");
  if (!loaded.course) throw new Error("built-in course did not load");
  files = courseToImport(loaded.course);
  await warmUpPublishChecks();
}, 240_000);
afterAll(async () => {
  await world.database.destroy();
});

const coach = () => world.adminCallerFor("coach");
const learnerSite = () => world.callerFor("learner");

async function lessonEdit(id: string, changes: { title?: string; bodyMarkdown?: string } = {}) {
  const caller = await coach();
  const lesson = await caller.authoring.lessons.get({ lessonId: id });
  const content = lesson.content;
  if (!content) throw new Error("lesson has no content");
  return {
    lessonId: id,
    baseVersion: lesson.version,
    title: changes.title ?? content.title,
    summary: content.summary,
    minutes: content.minutes,
    objectives: content.objectives,
    bodyMarkdown: changes.bodyMarkdown ?? content.bodyMarkdown,
  };
}

async function revisionCount(id: string) {
  const [row] = await world.db
    .select({ n: count() })
    .from(lessonRevisions)
    .where(eq(lessonRevisions.lessonId, id));
  return row?.n ?? 0;
}

describe(`authoring (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("a save naming a stale version gets CONFLICT with both versions, and changes nothing", async () => {
    const id = await lessonId(world, "your-second-heart");
    const caller = await coach();
    const first = await lessonEdit(id, { title: "First coach's title" });
    const stale = await lessonEdit(id, { title: "Second coach's title" });
    const saved = await caller.authoring.lessons.saveDraft(first);
    expect(saved.version).toBe(first.baseVersion + 1);

    const error = await rejection(caller.authoring.lessons.saveDraft(stale));
    expect(error.code).toBe("CONFLICT");
    const shape = formatApiError({
      error,
      shape: {
        code: -32009,
        message: error.message,
        data: { code: "CONFLICT", httpStatus: 409 },
      },
    });
    expect(shape.data.httpStatus).toBe(409);
    expect(shape.data).toMatchObject({
      conflict: {
        baseVersion: stale.baseVersion,
        currentVersion: saved.version,
        currentContent: { title: "First coach's title" },
      },
    });
    const after = await caller.authoring.lessons.get({ lessonId: id });
    expect(after.version).toBe(saved.version);
    expect(after.content?.title).toBe("First coach's title");
  });

  it("publishing runs the content:check rules: invalid content is refused and nothing is published", async () => {
    const id = await lessonId(world, LESSON);
    const caller = await coach();
    const before = await revisionCount(id);
    const learnerBefore = await (
      await learnerSite()
    ).courses.lesson({ course: COURSE, lesson: LESSON });
    const edit = await lessonEdit(id, {
      title: "Broken lesson",
      bodyMarkdown: `${learnerBefore.lesson.bodyMarkdown}\n\n:::wobble\nNot a block.\n:::\n`,
    });
    const { version } = await caller.authoring.lessons.saveDraft(edit);

    const error = await rejection(
      caller.authoring.lessons.publish({ lessonId: id, baseVersion: version }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/cannot be published yet/);
    const shape = formatApiError({
      error,
      shape: {
        code: -32600,
        message: error.message,
        data: { code: "BAD_REQUEST", httpStatus: 400 },
      },
    });
    expect(JSON.stringify(shape.data)).toContain('unknown block \\":::wobble\\"');
    expect(await revisionCount(id)).toBe(before);
    const learnerAfter = await (
      await learnerSite()
    ).courses.lesson({ course: COURSE, lesson: LESSON });
    expect(learnerAfter.lesson.title).toBe(learnerBefore.lesson.title);
  }, 120_000);

  it("a published lesson shows on the learner site; unpublished it is gone; both are audited", async () => {
    const id = await lessonId(world, "your-second-heart");
    const caller = await coach();
    const current = await lessonEdit(id);
    const { version } = await caller.authoring.lessons.saveDraft({
      ...current,
      title: "Your second heart, revised",
    });
    const published = await caller.authoring.lessons.publish({
      lessonId: id,
      baseVersion: version,
    });
    expect(published.version).toBe(version + 1);
    const seen = await (
      await learnerSite()
    ).courses.lesson({ course: COURSE, lesson: "your-second-heart" });
    expect(seen.lesson.title).toBe("Your second heart, revised");

    const revisions = await caller.authoring.lessons.revisions({ lessonId: id });
    expect(revisions[0]).toMatchObject({
      revisionId: published.revisionId,
      source: "editor",
      isPublished: true,
      createdBy: { id: world.people.coach.id },
      firstPublishedBy: { id: world.people.coach.id },
    });

    await caller.authoring.lessons.unpublish({ lessonId: id });
    const gone = await rejection(
      (await learnerSite()).courses.lesson({ course: COURSE, lesson: "your-second-heart" }),
    );
    expect(gone.code).toBe("NOT_FOUND");
    const outline = await (await learnerSite()).courses.get({ course: COURSE });
    expect(outline.lessons.map((lesson) => lesson.slug)).not.toContain("your-second-heart");

    const audit = await world.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.targetId, id), eq(auditLog.actorId, world.people.coach.id)));
    expect(audit.map((row) => row.action)).toEqual(
      expect.arrayContaining(["content.published", "content.unpublished"]),
    );
    // Back on for the tests that follow.
    const again = await caller.authoring.lessons.get({ lessonId: id });
    await caller.authoring.lessons.publish({ lessonId: id, baseVersion: again.version });
  });

  it("restoring an old revision makes a new draft version and publishes nothing", async () => {
    const id = await lessonId(world, "your-second-heart");
    const caller = await coach();
    const revisions = await caller.authoring.lessons.revisions({ lessonId: id });
    const original = revisions.find((revision) => revision.source === "import");
    if (!original) throw new Error("no imported revision");
    const before = await caller.authoring.lessons.get({ lessonId: id });
    const restored = await caller.authoring.lessons.restore({
      lessonId: id,
      revisionId: original.revisionId,
      baseVersion: before.version,
    });
    expect(restored.version).toBe(before.version + 1);
    const after = await caller.authoring.lessons.get({ lessonId: id });
    const old = await caller.authoring.lessons.revision({
      lessonId: id,
      revisionId: original.revisionId,
    });
    expect(after.content).toEqual(old.content);
    expect(after.published?.revisionId).toBe(before.published?.revisionId);
    expect(after.draft?.hasUnpublishedChanges).toBe(true);
  });

  it("a coach who is not assigned cannot get, save or publish the course's lessons", async () => {
    const id = await lessonId(world, LESSON);
    const other = await world.adminCallerFor("otherCoach");
    const edit = await lessonEdit(id);
    for (const call of [
      () => other.authoring.lessons.get({ lessonId: id }),
      () => other.authoring.lessons.saveDraft(edit),
      () => other.authoring.lessons.publish({ lessonId: id, baseVersion: edit.baseVersion }),
      () => other.authoring.courses.get({ courseId: world.course.id }),
    ])
      expect((await rejection(call())).code).toBe("FORBIDDEN");
    // An id that does not exist answers the same: nothing to probe.
    const missing = await rejection(other.authoring.lessons.get({ lessonId: crypto.randomUUID() }));
    expect(missing.code).toBe("FORBIDDEN");
    expect(await versionOf(world, "lesson", id)).toBe(edit.baseVersion);
  });

  it("presence lists the other people on a document and drops stale rows", async () => {
    const id = await lessonId(world, LESSON);
    const t0 = new Date("2026-12-01T10:00:00Z");
    const at = (ms: number) => () => new Date(t0.getTime() + ms);
    const coachCaller = await world.adminCallerFor("coach", at(0));
    const adminCaller = await world.adminCallerFor("admin", at(1_000));
    expect((await coachCaller.authoring.presence.heartbeat({ lessonId: id })).others).toEqual([]);
    const seenByAdmin = await adminCaller.authoring.presence.heartbeat({ lessonId: id });
    expect(seenByAdmin.others.map((person) => person.userId)).toEqual([world.people.coach.id]);
    const seenByCoach = await coachCaller.authoring.presence.list({ lessonId: id });
    expect(seenByCoach.others.map((person) => person.userId)).toEqual([world.people.admin.id]);

    // A minute later without a heartbeat the coach no longer counts; ten minutes on the row is gone.
    const later = await world.adminCallerFor("admin", at(60_000));
    expect((await later.authoring.presence.heartbeat({ lessonId: id })).others).toEqual([]);
    await (
      await world.adminCallerFor("admin", at(11 * 60_000))
    ).authoring.presence.heartbeat({
      lessonId: id,
    });
    const rows = await world.db
      .select({ userId: documentPresence.userId })
      .from(documentPresence)
      .where(eq(documentPresence.documentId, id));
    expect(rows.map((row) => row.userId)).toEqual([world.people.admin.id]);
  });

  it("the built-in import (every start) keeps a coach's edit and offers the changed source", async () => {
    const slug = "when-the-pump-stalls";
    const id = await lessonId(world, slug);
    const caller = await coach();
    const edit = await lessonEdit(id, { title: "A coach wrote this title" });
    const { version } = await caller.authoring.lessons.saveDraft(edit);

    await seedDatabase(world.database.url);
    const changed = structuredClone(files);
    const fileLesson = changed.lessons.find((lesson) => lesson.slug === slug);
    if (!fileLesson) throw new Error(`no ${slug} in the files`);
    fileLesson.title = "The files changed this title";
    fileLesson.hash = "changed-in-the-files";
    await importCourse(world.db, changed);
    // Every start imports again: the same changed files change nothing more.
    expect((await importCourse(world.db, changed)).keptUnpublished).toBe(0);

    const after = await caller.authoring.lessons.get({ lessonId: id });
    expect(after.content?.title).toBe("A coach wrote this title");
    expect(after.version).toBe(version);
    expect(after.sourceUpdate?.content?.title).toBe("The files changed this title");

    const taken = await caller.authoring.lessons.takeSourceVersion({
      lessonId: id,
      baseVersion: version,
    });
    const now = await caller.authoring.lessons.get({ lessonId: id });
    expect(now.version).toBe(taken.version);
    expect(now.content?.title).toBe("The files changed this title");
    expect(now.sourceUpdate).toBeNull();
  });

  it("courses.get names every lesson and quiz by its working copy's title (a draft's, else the published one)", async () => {
    const caller = await coach();
    const id = await lessonId(world, "meet-the-soleus");
    await caller.authoring.lessons.saveDraft(
      await lessonEdit(id, { title: "Meet the soleus (draft title)" }),
    );
    const course = await caller.authoring.courses.get({ courseId: world.course.id });
    const lessons = [...course.lessons, ...course.unlistedLessons];
    expect(lessons.find((lesson) => lesson.id === id)?.title).toBe("Meet the soleus (draft title)");
    for (const lesson of lessons)
      expect(lesson.title).toBe(
        (await caller.authoring.lessons.get({ lessonId: lesson.id })).content?.title,
      );
    expect(course.quizzes.length).toBeGreaterThan(0);
    for (const quiz of course.quizzes)
      expect(quiz.title).toBe(
        (await caller.authoring.quizzes.get({ quizId: quiz.id })).content?.title,
      );
  });

  it("courses: create, save texts, reorder lessons, list with status, archive hides from learners", async () => {
    const caller = await coach();
    const course = await caller.authoring.courses.get({ courseId: world.course.id });
    expect(course.lessons.length).toBeGreaterThan(2);
    const ids = course.lessons.map((lesson) => lesson.id);
    const reversed = [...ids].reverse();
    const reordered = await caller.authoring.courses.reorderLessons({
      courseId: world.course.id,
      baseVersion: course.version,
      lessonIds: reversed,
    });
    const moved = await caller.authoring.courses.moveLesson({
      courseId: world.course.id,
      baseVersion: reordered.version,
      lessonId: reversed[1] ?? "",
      direction: "up",
    });
    const after = await caller.authoring.courses.get({ courseId: world.course.id });
    expect(after.version).toBe(moved.version);
    expect(after.lessons.map((lesson) => lesson.id)).toEqual([
      reversed[1],
      reversed[0],
      ...reversed.slice(2),
    ]);
    // The learner order changes only when the course is published.
    const outline = await (await learnerSite()).courses.get({ course: COURSE });
    expect(outline.lessons[0]?.slug).toBe(course.lessons[0]?.slug);
    const stale = await rejection(
      caller.authoring.courses.moveLesson({
        courseId: world.course.id,
        baseVersion: course.version,
        lessonId: ids[0] ?? "",
        direction: "down",
      }),
    );
    expect(stale.code).toBe("CONFLICT");

    const created = await caller.authoring.courses.create({
      slug: "a-new-course",
      title: "A new course",
    });
    const list = await caller.authoring.courses.list({});
    expect(list.find((entry) => entry.id === created.courseId)).toMatchObject({ status: "draft" });
    expect(list.find((entry) => entry.id === world.course.id)).toMatchObject({
      status: "published",
    });

    const admin = await world.adminCallerFor("admin");
    await admin.authoring.courses.archive({ courseId: world.course.id });
    expect((await rejection((await learnerSite()).courses.get({ course: COURSE }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await (await learnerSite()).courses.list()).map((entry) => entry.slug)).not.toContain(
      COURSE,
    );
    expect(
      (await caller.authoring.courses.list({ includeArchived: true })).find(
        (entry) => entry.id === world.course.id,
      ),
    ).toMatchObject({ status: "archived" });
  });
});
