import { and, eq } from "drizzle-orm";
import { checkLessonData } from "@soleus/content/check/data";
import { readDocument } from "@soleus/db/authoring";
import {
  courseCoaches,
  courses,
  lessons,
  quizzes,
  sourceUpdates,
  type DocumentKind,
} from "@soleus/db/schema";
import { COURSE, QUIZ, type World } from "./world";

export const LESSON = "meet-the-soleus";

/** The id of a built-in lesson (by slug) of the seeded course. */
export async function lessonId(world: World, slug = LESSON): Promise<string> {
  const [row] = await world.db
    .select({ id: lessons.id })
    .from(lessons)
    .where(and(eq(lessons.courseId, world.course.id), eq(lessons.slug, slug)));
  if (!row) throw new Error(`no lesson ${slug} in ${COURSE}`);
  return row.id;
}

/** The id of a quiz (by slug) of the seeded course. */
export async function quizId(world: World, slug = QUIZ): Promise<string> {
  const [row] = await world.db
    .select({ id: quizzes.id })
    .from(quizzes)
    .where(and(eq(quizzes.courseId, world.course.id), eq(quizzes.slug, slug)));
  if (!row) throw new Error(`no quiz ${slug} in ${COURSE}`);
  return row.id;
}

/** A document's current draft version (what the next save must name). */
export async function versionOf(world: World, kind: DocumentKind, id: string): Promise<number> {
  return (await readDocument(world.db, kind, id))?.version ?? 0;
}

/** A document's published revision id. */
export async function publishedRevisionOf(
  world: World,
  kind: DocumentKind,
  id: string,
): Promise<string> {
  const revision = (await readDocument(world.db, kind, id))?.published?.id;
  if (!revision) throw new Error(`${kind} ${id} is not published`);
  return revision;
}

/** A fresh empty course that `coach` is assigned to (for procedures that change a whole course). */
export async function freshAssignedCourse(world: World): Promise<string> {
  const [row] = await world.db
    .insert(courses)
    .values({ slug: `fixture-${crypto.randomUUID()}` })
    .returning({ id: courses.id });
  if (!row) throw new Error("course not created");
  await world.db.insert(courseCoaches).values({ courseId: row.id, userId: world.people.coach.id });
  return row.id;
}

/** Marks a document as having a newer built-in source version (its published revision, for tests). */
export async function offerSourceUpdate(world: World, kind: DocumentKind, id: string) {
  const revisionId = await publishedRevisionOf(world, kind, id);
  await world.db
    .insert(sourceUpdates)
    .values({ kind, documentId: id, revisionId, detectedAt: new Date() })
    .onConflictDoNothing();
}

/**
 * Loads the spelling checker once (it takes seconds, more on a loaded machine), so the first
 * publish in a test file does not spend its time budget on it. Call it in `beforeAll`.
 */
export async function warmUpPublishChecks(): Promise<void> {
  await checkLessonData({
    courseSlug: COURSE,
    lesson: {
      slug: "warm-up",
      title: "Warm up",
      summary: "Warm up.",
      minutes: 5,
      objectives: [],
      quiz: "warm-up-check",
      body: "Warm up the calf.",
    },
    objectiveIds: [],
  });
}
