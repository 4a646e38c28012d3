import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listBuiltInCourseDirs, loadCourseFromFiles, type Course } from "@soleus/content";
import { courses, lessons, quizzes } from "@soleus/db/schema";
import { seedDatabase } from "@soleus/db/seed";
import { createTestDatabase, type TestDatabase } from "@soleus/db/testing";
import { getCourseOutline } from "./get-course-outline";
import { getPublishedLesson } from "./get-published-lesson";
import { listPublishedCourses } from "./list-published-courses";

let database: TestDatabase;
let source: Course;

beforeAll(async () => {
  database = await createTestDatabase();
  const [dir] = await listBuiltInCourseDirs();
  const loaded = await loadCourseFromFiles(dir ?? "");
  if (!loaded.course) throw new Error("the built-in course did not load");
  source = loaded.course;
});
afterAll(async () => {
  await database.destroy();
});

describe("before anything is published", () => {
  it("the catalog is empty and no course or lesson is found", async () => {
    expect(await listPublishedCourses(database.db)).toEqual([]);
    expect(await getCourseOutline(database.db, "the-second-heart")).toBeNull();
    expect(await getPublishedLesson(database.db, "the-second-heart", "meet-the-soleus")).toBeNull();
  });
});

describe("the seeded course", () => {
  beforeAll(async () => {
    await seedDatabase(database.url);
  });

  it("appears in the catalog with its length, objectives and lesson count", async () => {
    const catalog = await listPublishedCourses(database.db);
    expect(catalog).toEqual([
      {
        slug: source.slug,
        title: source.title,
        summary: source.summary,
        audience: source.audience,
        minutes: source.minutes,
        objectives: source.objectives,
        lessonCount: source.lessons.length,
      },
    ]);
  });

  it("outlines the lessons in reading order with their minutes, objectives and check quizzes", async () => {
    const outline = await getCourseOutline(database.db, source.slug);
    expect(
      outline?.lessons.map((lesson) => [lesson.number, lesson.slug, lesson.title, lesson.minutes]),
    ).toEqual(
      source.lessons.map((lesson, index) => [index + 1, lesson.slug, lesson.title, lesson.minutes]),
    );
    const first = outline?.lessons[0];
    expect(first?.objectives.map((objective) => objective.id)).toEqual(
      source.lessons[0]?.objectives,
    );
    expect(first?.checkQuiz).toEqual({
      slug: source.lessons[0]?.check.id,
      title: source.lessons[0]?.check.title,
    });
    expect(outline?.finalQuiz).toEqual({
      slug: source.finalQuiz.id,
      title: source.finalQuiz.title,
    });
  });

  it("gives the first lesson no previous link and a next link to lesson 2", async () => {
    const [first, second] = source.lessons;
    const lesson = await getPublishedLesson(database.db, source.slug, first?.slug ?? "");
    expect(lesson?.lesson).toMatchObject({
      slug: first?.slug,
      number: 1,
      title: first?.title,
      bodyMarkdown: first?.body,
    });
    expect(lesson?.course).toEqual({
      slug: source.slug,
      title: source.title,
      lessonCount: source.lessons.length,
    });
    expect(lesson?.previous).toBeNull();
    expect(lesson?.next).toEqual({ slug: second?.slug, number: 2, title: second?.title });
    expect(lesson?.checkQuiz).toEqual({ slug: first?.check.id, title: first?.check.title });
  });

  it("links a middle lesson both ways and the last lesson only backwards", async () => {
    const count = source.lessons.length;
    const middle = await getPublishedLesson(
      database.db,
      source.slug,
      source.lessons[2]?.slug ?? "",
    );
    expect(middle?.previous?.slug).toBe(source.lessons[1]?.slug);
    expect(middle?.next?.slug).toBe(source.lessons[3]?.slug);
    const last = await getPublishedLesson(
      database.db,
      source.slug,
      source.lessons[count - 1]?.slug ?? "",
    );
    expect(last?.lesson.number).toBe(count);
    expect(last?.previous).toEqual({
      slug: source.lessons[count - 2]?.slug,
      number: count - 1,
      title: source.lessons[count - 2]?.title,
    });
    expect(last?.next).toBeNull();
  });

  it("returns null for a lesson or course that does not exist", async () => {
    expect(await getCourseOutline(database.db, "no-such-course")).toBeNull();
    expect(await getPublishedLesson(database.db, source.slug, "no-such-lesson")).toBeNull();
    expect(
      await getPublishedLesson(database.db, "no-such-course", source.lessons[0]?.slug ?? ""),
    ).toBeNull();
  });

  it("rejects slugs that cannot exist with a clear error", async () => {
    await expect(getCourseOutline(database.db, "../etc/passwd")).rejects.toThrow(
      /lowercase letters, digits and hyphens/,
    );
    await expect(getPublishedLesson(database.db, source.slug, "Meet The Soleus")).rejects.toThrow(
      /lowercase letters/,
    );
    await expect(getCourseOutline(database.db, "a".repeat(101))).rejects.toThrow(/at most 100/);
  });
});

describe("unpublished content stays hidden", () => {
  it("skips an unpublished lesson in the outline and in previous/next, and does not serve it", async () => {
    const [first, second, third] = source.lessons;
    const [row] = await database.db
      .select()
      .from(lessons)
      .where(eq(lessons.slug, second?.slug ?? ""));
    await database.db
      .update(lessons)
      .set({ publishedRevisionId: null })
      .where(eq(lessons.id, row?.id ?? ""));
    try {
      const outline = await getCourseOutline(database.db, source.slug);
      expect(outline?.lessons.map((lesson) => lesson.slug)).not.toContain(second?.slug);
      expect(outline?.lessons[1]).toMatchObject({ slug: third?.slug, number: 2 });
      const lesson = await getPublishedLesson(database.db, source.slug, first?.slug ?? "");
      expect(lesson?.next?.slug).toBe(third?.slug);
      expect(lesson?.course.lessonCount).toBe(source.lessons.length - 1);
      expect(await getPublishedLesson(database.db, source.slug, second?.slug ?? "")).toBeNull();
      expect((await listPublishedCourses(database.db))[0]?.lessonCount).toBe(
        source.lessons.length - 1,
      );
    } finally {
      await database.db
        .update(lessons)
        .set({ publishedRevisionId: row?.publishedRevisionId ?? null })
        .where(eq(lessons.id, row?.id ?? ""));
    }
  });

  it("does not mention an unpublished final quiz", async () => {
    const [quiz] = await database.db.select().from(quizzes).where(eq(quizzes.kind, "final"));
    await database.db
      .update(quizzes)
      .set({ publishedRevisionId: null })
      .where(eq(quizzes.id, quiz?.id ?? ""));
    try {
      expect((await getCourseOutline(database.db, source.slug))?.finalQuiz).toBeNull();
    } finally {
      await database.db
        .update(quizzes)
        .set({ publishedRevisionId: quiz?.publishedRevisionId ?? null })
        .where(eq(quizzes.id, quiz?.id ?? ""));
    }
  });

  it("hides a course whose publication was withdrawn, with its lessons", async () => {
    const [course] = await database.db.select().from(courses).where(eq(courses.slug, source.slug));
    await database.db
      .update(courses)
      .set({ publishedRevisionId: null })
      .where(eq(courses.id, course?.id ?? ""));
    try {
      expect(await listPublishedCourses(database.db)).toEqual([]);
      expect(await getCourseOutline(database.db, source.slug)).toBeNull();
      expect(
        await getPublishedLesson(database.db, source.slug, source.lessons[0]?.slug ?? ""),
      ).toBeNull();
    } finally {
      await database.db
        .update(courses)
        .set({ publishedRevisionId: course?.publishedRevisionId ?? null })
        .where(eq(courses.id, course?.id ?? ""));
    }
  });
});
