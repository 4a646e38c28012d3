import "server-only";
import { and, eq } from "drizzle-orm";
import {
  checkCourseData,
  checkLessonData,
  checkQuizData,
  type LessonData,
  type QuizData,
} from "@soleus/content/check/data";
import type { Executor } from "@soleus/auth/db-types";
import { readDocument, type DocumentState } from "@soleus/db/authoring";
import type { CourseContent, LessonContent, QuizContent } from "@soleus/db/authoring/content-kinds";
import { courses, lessons, quizzes } from "@soleus/db/schema";
import type { PublishProblem } from "../../trpc/authoring-errors";

/**
 * Publishing runs the checks of `content:check` (packages/content/src/check, through
 * `@soleus/content/check/data`) on what would be published:
 * - a course: the whole course check (every rule, item check and spelling) over its draft texts
 *   and lesson order, with each listed lesson and quiz as published;
 * - a lesson: the lesson rules (blocks, links, objectives against the course, length, reading
 *   grade, spelling) and that its check quiz exists in the course;
 * - a quiz: the quiz rules (schema, questions, item checks, check size or final-quiz shape,
 *   spelling) against the course's objectives and lessons.
 */

/**
 * `content:check` tells a file author to edit `spelling-words.txt`; in the admin app the list
 * lives on the course page.
 */
function forCoaches<T extends PublishProblem>(problems: T[]): T[] {
  return problems.map((problem) =>
    problem.check === "spelling" && problem.advice?.includes("spelling-words.txt")
      ? {
          ...problem,
          advice:
            "Fix the spelling, or, if the word is right, add it to the course words on the course page.",
        }
      : problem,
  );
}

function lessonData(slug: string, content: LessonContent): LessonData {
  return {
    slug,
    title: content.title,
    summary: content.summary,
    minutes: content.minutes,
    objectives: content.objectives,
    quiz: content.quizSlug ?? "",
    body: content.bodyMarkdown,
  };
}

function quizData(slug: string, content: QuizContent): QuizData {
  return {
    id: slug,
    title: content.title,
    passPercent: content.passPercent,
    settings: content.settings,
    questions: content.questions,
  };
}

async function courseWords(db: Executor, courseId: string): Promise<string[]> {
  const [row] = await db
    .select({ fromFiles: courses.spellingWords, fromCoaches: courses.coachSpellingWords })
    .from(courses)
    .where(eq(courses.id, courseId));
  return row ? [...row.fromFiles, ...row.fromCoaches] : [];
}

async function courseContext(db: Executor, courseId: string) {
  const course = await readDocument(db, "course", courseId);
  if (!course) throw new Error("course vanished");
  const content: CourseContent | null = course.content;
  return {
    slug: course.row.slug,
    words: await courseWords(db, courseId),
    objectiveIds: (content?.objectives ?? []).map((objective) => objective.id),
    lessonIds: content?.lessonIds ?? [],
  };
}

/** The published content of a course's lessons, in the given order (lessons never published left out). */
async function publishedLessons(db: Executor, lessonIds: readonly string[]) {
  const out: { id: string; slug: string; content: LessonContent }[] = [];
  for (const id of lessonIds) {
    const state = await readDocument(db, "lesson", id);
    if (state?.published) out.push({ id, slug: state.row.slug, content: state.published.content });
  }
  return out;
}

async function publishedQuiz(db: Executor, courseId: string, slug: string) {
  const [row] = await db
    .select({ id: quizzes.id, kind: quizzes.kind })
    .from(quizzes)
    .where(and(eq(quizzes.courseId, courseId), eq(quizzes.slug, slug)));
  if (!row) return null;
  const state = await readDocument(db, "quiz", row.id);
  return state?.published ? quizData(slug, state.published.content) : null;
}

export async function checkCoursePublish(
  db: Executor,
  state: DocumentState<"course">,
): Promise<PublishProblem[]> {
  const content = state.content;
  if (!content) return [{ file: "course.yaml", line: 1, message: "the course has no content yet" }];
  const listed = await db
    .select({ id: lessons.id, slug: lessons.slug })
    .from(lessons)
    .where(eq(lessons.courseId, state.row.id));
  const slugOf = new Map(listed.map((lesson) => [lesson.id, lesson.slug]));
  const lessonRows = await publishedLessons(db, content.lessonIds);
  const [final] = await db
    .select({ slug: quizzes.slug })
    .from(quizzes)
    .where(and(eq(quizzes.courseId, state.row.id), eq(quizzes.kind, "final")));
  const quizSlugs = new Set([
    ...lessonRows.flatMap((lesson) => lesson.content.quizSlug ?? []),
    ...(final ? [final.slug] : []),
  ]);
  const quizList: QuizData[] = [];
  for (const slug of quizSlugs) {
    const quiz = await publishedQuiz(db, state.row.id, slug);
    if (quiz) quizList.push(quiz);
  }
  const result = await checkCourseData({
    course: {
      slug: state.row.slug,
      title: content.title,
      summary: content.summary,
      audience: content.audience,
      minutes: content.minutes,
      objectives: content.objectives,
      lessons: content.lessonIds.map((id) => slugOf.get(id) ?? id),
      finalQuiz: final?.slug ?? "",
    },
    lessons: lessonRows.map((lesson) => lessonData(lesson.slug, lesson.content)),
    quizzes: quizList,
    words: await courseWords(db, state.row.id),
  });
  return forCoaches(result.issues);
}

export async function checkLessonPublish(
  db: Executor,
  state: DocumentState<"lesson">,
): Promise<PublishProblem[]> {
  const content = state.content;
  const file = `lessons/${state.row.slug}.md`;
  if (!content) return [{ file, line: 1, message: "the lesson has no content yet" }];
  const course = await courseContext(db, state.row.courseId);
  const problems: PublishProblem[] = await checkLessonData({
    courseSlug: course.slug,
    lesson: lessonData(state.row.slug, content),
    objectiveIds: course.objectiveIds,
    words: course.words,
  });
  if (content.quizSlug) {
    const [quiz] = await db
      .select({ id: quizzes.id })
      .from(quizzes)
      .where(and(eq(quizzes.courseId, state.row.courseId), eq(quizzes.slug, content.quizSlug)));
    if (!quiz)
      problems.push({
        file,
        line: 1,
        message: `the check quiz "${content.quizSlug}" does not exist in this course`,
      });
  }
  return forCoaches(problems);
}

export async function checkQuizPublish(
  db: Executor,
  state: DocumentState<"quiz">,
): Promise<PublishProblem[]> {
  const content = state.content;
  if (!content)
    return [
      { file: `quizzes/${state.row.slug}.yaml`, line: 1, message: "the quiz has no content yet" },
    ];
  const [row] = await db
    .select({ kind: quizzes.kind })
    .from(quizzes)
    .where(eq(quizzes.id, state.row.id));
  const course = await courseContext(db, state.row.courseId);
  const lessonRows = await publishedLessons(db, course.lessonIds);
  const problems = await checkQuizData({
    courseSlug: course.slug,
    quiz: quizData(state.row.slug, content),
    kind: row?.kind ?? "lesson_check",
    objectiveIds: course.objectiveIds,
    lessons: lessonRows.map((lesson) => lessonData(lesson.slug, lesson.content)),
    words: course.words,
  });
  return forCoaches(problems);
}

/** The archived state of a course (publishing into an archived course is refused). */
export async function isArchived(db: Executor, courseId: string): Promise<boolean> {
  const [row] = await db
    .select({ archivedAt: courses.archivedAt })
    .from(courses)
    .where(eq(courses.id, courseId));
  return row?.archivedAt != null;
}
