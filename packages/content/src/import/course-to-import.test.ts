import { describe, expect, it } from "vitest";
import { validFixture, writeFixture, type FixtureCourse } from "../check/fixtures/build-fixture";
import { loadCourseFromFiles } from "../load/load-course-from-files";
import { canonicalJson, contentHash } from "./canonical-hash";
import { courseToImport } from "./course-to-import";

async function importOf(fixture: FixtureCourse) {
  const loaded = await loadCourseFromFiles(await writeFixture(fixture));
  if (!loaded.course) throw new Error(loaded.issues.map((i) => i.message).join("\n"));
  return courseToImport(loaded.course);
}

describe("canonicalJson / contentHash", () => {
  it("ignores key order and undefined fields", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: undefined }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"f":2}]},"b":1}',
    );
    expect(contentHash({ a: 1, b: 2 })).toBe(contentHash({ b: 2, a: 1 }));
    expect(contentHash({ a: 1 })).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses values JSON cannot represent faithfully", () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/non-finite/);
    expect(() => canonicalJson({ a: () => 1 })).toThrow(/function/);
  });
});

describe("courseToImport", () => {
  it("produces plain serialisable rows in course order", async () => {
    const data = await importOf(validFixture());
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
    expect(data.course.slug).toBe("fixture-course");
    expect(data.lessons.map((l) => [l.slug, l.position, l.quizId])).toEqual([
      ["meet-the-muscle", 0, "meet-the-muscle-check"],
      ["the-pump", 1, "the-pump-check"],
    ]);
    expect(data.lessons[0]?.bodyMarkdown).toContain("## Where it sits");
    expect(data.quizzes.map((q) => [q.id, q.kind, q.lessonSlug, q.questions.length])).toEqual([
      ["meet-the-muscle-check", "lesson_check", "meet-the-muscle", 3],
      ["the-pump-check", "lesson_check", "the-pump", 3],
      ["final", "final", null, 20],
    ]);
  });

  it("gives the same hashes for the same content and a new hash only where content changed", async () => {
    const first = await importOf(validFixture());
    const again = await importOf(validFixture());
    expect(again).toEqual(first);

    const edited = validFixture();
    const lesson = edited.lessons[1];
    if (!lesson) throw new Error("fixture has two lessons");
    lesson.body += "\nOne more line.\n";
    const changed = await importOf(edited);
    expect(changed.course.hash).toBe(first.course.hash);
    expect(changed.lessons[0]?.hash).toBe(first.lessons[0]?.hash);
    expect(changed.lessons[1]?.hash).not.toBe(first.lessons[1]?.hash);
    expect(changed.quizzes.map((q) => q.hash)).toEqual(first.quizzes.map((q) => q.hash));
  });

  it("changes a quiz hash when a question changes", async () => {
    const first = await importOf(validFixture());
    const edited = validFixture();
    const question = edited.quizzes.final?.questions[0];
    if (!question) throw new Error("fixture has a final quiz");
    question.prompt = "A different prompt?";
    const changed = await importOf(edited);
    expect(changed.quizzes[2]?.hash).not.toBe(first.quizzes[2]?.hash);
    expect(changed.quizzes[0]?.hash).toBe(first.quizzes[0]?.hash);
  });
});
