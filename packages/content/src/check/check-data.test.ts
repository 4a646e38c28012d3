import { describe, expect, it } from "vitest";
import { listBuiltInCourseDirs } from "../built-in";
import { loadCourseFromFiles } from "../load/load-course-from-files";
import type { Course } from "../model/course";
import { checkCourseDir, courseWords } from "./check-dir";
import { checkCourseData, checkLessonData, checkQuizData, type CourseData } from "./check-data";

async function builtIn(): Promise<{ dir: string; course: Course }> {
  const [dir] = await listBuiltInCourseDirs();
  const loaded = await loadCourseFromFiles(dir ?? "");
  if (!dir || !loaded.course) throw new Error("built-in course did not load");
  return { dir, course: loaded.course };
}

function asData(course: Course): CourseData {
  return {
    course: {
      slug: course.slug,
      title: course.title,
      summary: course.summary,
      audience: course.audience,
      minutes: course.minutes,
      objectives: course.objectives,
      lessons: course.lessons.map((lesson) => lesson.slug),
      finalQuiz: course.finalQuiz.id,
    },
    lessons: course.lessons.map(({ check, ...lesson }) => ({ ...lesson, quiz: check.id })),
    quizzes: [...course.lessons.map((lesson) => lesson.check), course.finalQuiz],
  };
}

describe("content:check on content held as data (the publish step)", () => {
  it("finds what the command finds for the built-in course: nothing", async () => {
    const { dir, course } = await builtIn();
    const fromFiles = await checkCourseDir(dir);
    const fromData = await checkCourseData({ ...asData(course), words: await courseWords(dir) });
    expect(fromFiles.issues).toEqual([]);
    expect(fromData.issues).toEqual([]);
  }, 120_000);

  it("reports a broken lesson, an unknown objective and a missing quiz at their virtual files", async () => {
    const { course } = await builtIn();
    const data = asData(course);
    const [first] = data.lessons;
    if (!first) throw new Error("no lesson");
    first.body += "\n\n:::wobble\nNot a block.\n:::\n";
    const lessonIssues = await checkLessonData({
      courseSlug: course.slug,
      lesson: { ...first, objectives: ["not-an-objective"] },
      objectiveIds: course.objectives.map((objective) => objective.id),
    });
    expect(lessonIssues.map((issue) => [issue.file, issue.message])).toEqual(
      expect.arrayContaining([
        [`lessons/${first.slug}.md`, expect.stringContaining('unknown block ":::wobble"')],
        [
          `lessons/${first.slug}.md`,
          expect.stringContaining('unknown objective "not-an-objective"'),
        ],
      ]),
    );
    const withoutQuiz = await checkCourseData({ ...data, quizzes: data.quizzes.slice(1) });
    expect(withoutQuiz.issues.map((issue) => issue.message)).toContain(
      `quiz "${first.quiz}" has no published content`,
    );
  }, 120_000);

  it("checks one quiz with the quiz rules (a lesson check needs 3 to 5 questions)", async () => {
    const { dir, course } = await builtIn();
    const data = asData(course);
    const words = await courseWords(dir);
    const check = course.lessons[0]?.check;
    if (!check) throw new Error("no check quiz");
    const ok = await checkQuizData({
      courseSlug: course.slug,
      quiz: check,
      kind: "lesson_check",
      objectiveIds: course.objectives.map((objective) => objective.id),
      lessons: data.lessons,
      words,
    });
    expect(ok).toEqual([]);
    const tooShort = await checkQuizData({
      courseSlug: course.slug,
      quiz: { ...check, questions: check.questions.slice(0, 1) },
      kind: "lesson_check",
      objectiveIds: course.objectives.map((objective) => objective.id),
      lessons: data.lessons,
    });
    expect(tooShort.length).toBeGreaterThan(0);
  }, 120_000);
});
