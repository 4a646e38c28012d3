import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  courseToImport,
  listBuiltInCourseDirs,
  loadCourseFromFiles,
  type CourseImport,
} from "@soleus/content";
import { readDocument, saveDraft } from "../authoring/documents";
import {
  courseRevisionLessons,
  courses,
  lessonRevisions,
  lessons,
  quizRevisions,
  quizzes,
} from "../schema";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { importCourse } from "./import-course";

let database: TestDatabase;
let secondHeart: CourseImport;

beforeAll(async () => {
  database = await createTestDatabase();
  const [dir] = await listBuiltInCourseDirs();
  const loaded = await loadCourseFromFiles(dir ?? "");
  if (!loaded.course)
    throw new Error(`built-in course did not load: ${JSON.stringify(loaded.issues[0])}`);
  secondHeart = courseToImport(loaded.course);
});
afterAll(async () => {
  await database.destroy();
});

async function rowCounts() {
  const db = database.db;
  const [c] = await db.select({ n: count() }).from(courses);
  const [l] = await db.select({ n: count() }).from(lessons);
  const [lr] = await db.select({ n: count() }).from(lessonRevisions);
  const [q] = await db.select({ n: count() }).from(quizzes);
  const [qr] = await db.select({ n: count() }).from(quizRevisions);
  return {
    courses: c?.n,
    lessons: l?.n,
    lessonRevisions: lr?.n,
    quizzes: q?.n,
    quizRevisions: qr?.n,
  };
}

async function publishedLessonTitle(slug: string) {
  const [row] = await database.db
    .select({ title: lessonRevisions.title, revision: lessonRevisions.revision })
    .from(lessons)
    .innerJoin(lessonRevisions, eq(lessons.publishedRevisionId, lessonRevisions.id))
    .where(eq(lessons.slug, slug));
  return row;
}

describe(`importing the built-in course (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("loads every lesson and quiz as published revision 1", async () => {
    const counts = await importCourse(database.db, secondHeart);
    const lessonCount = secondHeart.lessons.length;
    const quizCount = secondHeart.quizzes.length;
    expect(counts).toEqual({
      created: 1 + lessonCount + quizCount,
      published: 1 + lessonCount + quizCount,
      keptUnpublished: 0,
      unchanged: 0,
    });
    expect(await rowCounts()).toEqual({
      courses: 1,
      lessons: lessonCount,
      lessonRevisions: lessonCount,
      quizzes: quizCount,
      quizRevisions: quizCount,
    });
    const first = secondHeart.lessons[0];
    expect(await publishedLessonTitle(first?.slug ?? "")).toEqual({
      title: first?.title,
      revision: 1,
    });
  });

  it("changes nothing when run again, even twice at once", async () => {
    const before = await rowCounts();
    const [a, b] = await Promise.all([
      importCourse(database.db, secondHeart),
      importCourse(database.db, secondHeart),
    ]);
    expect(a.created + a.published + b.created + b.published).toBe(0);
    expect(await rowCounts()).toEqual(before);
  });

  it("publishes a new revision when a file changed", async () => {
    const changed = structuredClone(secondHeart);
    const lesson = changed.lessons[1];
    if (!lesson) throw new Error("course needs two lessons");
    lesson.title = `${lesson.title} (revised)`;
    lesson.hash = "changed-hash";
    const counts = await importCourse(database.db, changed);
    expect(counts).toMatchObject({ created: 0, published: 1, keptUnpublished: 0 });
    expect(await publishedLessonTitle(lesson.slug)).toEqual({ title: lesson.title, revision: 2 });
  });

  it("never overwrites an edit made in the admin app", async () => {
    const lesson = secondHeart.lessons[2];
    if (!lesson) throw new Error("course needs three lessons");
    const [row] = await database.db.select().from(lessons).where(eq(lessons.slug, lesson.slug));
    const [edit] = await database.db
      .insert(lessonRevisions)
      .values({
        lessonId: row?.id ?? "",
        revision: 2,
        title: "Edited by a coach",
        summary: lesson.summary,
        minutes: lesson.minutes,
        objectives: lesson.objectives,
        bodyMarkdown: lesson.bodyMarkdown,
        quizSlug: lesson.quizId,
        source: "editor",
        contentHash: "coach-edit",
      })
      .returning();
    await database.db
      .update(lessons)
      .set({ publishedRevisionId: edit?.id })
      .where(eq(lessons.id, row?.id ?? ""));

    const changed = structuredClone(secondHeart);
    const changedLesson = changed.lessons[2];
    if (!changedLesson) throw new Error("course needs three lessons");
    changedLesson.title = "New title from the files";
    changedLesson.hash = "file-changed-again";
    const counts = await importCourse(database.db, changed);
    expect(counts.keptUnpublished).toBe(1);
    expect(await publishedLessonTitle(lesson.slug)).toEqual({
      title: "Edited by a coach",
      revision: 2,
    });
    const revisions = await database.db
      .select()
      .from(lessonRevisions)
      .where(eq(lessonRevisions.lessonId, row?.id ?? ""));
    expect(revisions.map((revision) => [revision.revision, revision.source])).toEqual(
      expect.arrayContaining([
        [1, "import"],
        [2, "editor"],
        [3, "import"],
      ]),
    );
  });

  it("moves lessons when the files reorder them", async () => {
    const reordered = structuredClone(secondHeart);
    const [first, second] = reordered.lessons;
    if (!first || !second) throw new Error("course needs two lessons");
    [first.position, second.position] = [second.position, first.position];
    first.hash = "moved-first";
    second.hash = "moved-second";
    await importCourse(database.db, reordered);
    const rows = await database.db
      .select({ slug: lessons.slug, position: courseRevisionLessons.position })
      .from(courses)
      .innerJoin(
        courseRevisionLessons,
        eq(courseRevisionLessons.courseRevisionId, courses.publishedRevisionId),
      )
      .innerJoin(lessons, eq(lessons.id, courseRevisionLessons.lessonId));
    const positionOf = (slug: string) => rows.find((row) => row.slug === slug)?.position;
    expect(positionOf(first.slug)).toBe(1);
    expect(positionOf(second.slug)).toBe(0);
  });

  it("keeps a coach's unpublished draft and offers the changed file as a source update", async () => {
    const lesson = secondHeart.lessons[3];
    if (!lesson) throw new Error("course needs four lessons");
    const [row] = await database.db.select().from(lessons).where(eq(lessons.slug, lesson.slug));
    const lessonId = row?.id ?? "";
    const saved = await database.db.transaction((tx) =>
      saveDraft(tx, {
        kind: "lesson",
        documentId: lessonId,
        baseVersion: 0,
        content: {
          title: "A coach's draft title",
          summary: lesson.summary,
          minutes: lesson.minutes,
          objectives: lesson.objectives,
          bodyMarkdown: lesson.bodyMarkdown,
          quizSlug: lesson.quizId,
        },
        userId: null,
        now: new Date(),
      }),
    );
    expect(saved).toMatchObject({ version: 1 });

    const changed = structuredClone(secondHeart);
    const changedLesson = changed.lessons[3];
    if (!changedLesson) throw new Error("course needs four lessons");
    changedLesson.title = "The files say otherwise";
    changedLesson.hash = "file-changed-under-a-draft";
    expect((await importCourse(database.db, changed)).keptUnpublished).toBe(1);
    // Running it again (every start does) changes nothing either.
    expect((await importCourse(database.db, changed)).keptUnpublished).toBe(0);

    const state = await readDocument(database.db, "lesson", lessonId);
    expect(state?.content?.title).toBe("A coach's draft title");
    expect(state?.version).toBe(1);
    expect(state?.published?.content.title).toBe(lesson.title);
    expect(state?.sourceUpdate?.revision.content.title).toBe("The files say otherwise");
  });
});
