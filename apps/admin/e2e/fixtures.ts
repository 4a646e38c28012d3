import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { createTestUser } from "@soleus/auth/testing/fixtures";
import {
  courseToImport,
  listBuiltInCourseDirs,
  loadCourseFromFiles,
  type CourseImport,
} from "@soleus/content";
import { publishDocument, readDocument, saveDraft } from "@soleus/db/authoring";
import { connectDatabase } from "@soleus/db/client";
import { importCourse } from "@soleus/db/import-course";
import { e2eDataDir, e2ePorts } from "../../../e2e.urls";

/**
 * DB-backed fixtures for the admin specs: accounts are written straight into the product's
 * database (the embedded one `npm start` runs for the e2e run) instead of signing up in the UI.
 */
export function productDatabase() {
  const password = readFileSync(path.join(e2eDataDir, "db-password"), "utf8").trim();
  return connectDatabase(
    `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${String(e2ePorts.db)}/postgres`,
  );
}

export async function createAccount(role: "coach" | "admin" | "learner", name: string) {
  const handle = productDatabase();
  try {
    return await createTestUser(handle.db, role, { name });
  } finally {
    await handle.close();
  }
}

export async function signIn(page: Page, who: { email: string; password: string }) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").first().fill(who.email);
  await page.getByLabel("Password", { exact: true }).fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

/** Lets a coach edit a course (as an admin's assignment would). */
export async function assignCoach(courseSlug: string, userId: string) {
  const handle = productDatabase();
  try {
    await handle.pool.query(
      "insert into course_coaches (course_id, user_id) select id, $2 from courses where slug = $1 on conflict do nothing",
      [courseSlug, userId],
    );
  } finally {
    await handle.close();
  }
}

/** The id of a lesson of a course, by their slugs. */
export async function lessonId(courseSlug: string, lessonSlug: string) {
  const handle = productDatabase();
  try {
    const { rows } = await handle.pool.query<{ course_id: string; id: string }>(
      "select l.course_id, l.id from lessons l join courses c on c.id = l.course_id where c.slug = $1 and l.slug = $2",
      [courseSlug, lessonSlug],
    );
    const row = rows[0];
    if (!row) throw new Error(`no lesson ${courseSlug}/${lessonSlug}`);
    return { courseId: row.course_id, lessonId: row.id };
  } finally {
    await handle.close();
  }
}

/**
 * "The built-in source changed" for a lesson, as two authors make it: a coach saves a draft of
 * the lesson (`coachTitle`), then the built-in course files change that lesson (`sourceTitle`)
 * and the import every start runs sees it. The import is the product's own, on the product's
 * database; only the files are changed, in memory.
 */
export async function coachEditThenSourceChange(
  courseSlug: string,
  lessonSlug: string,
  change: { coachId: string; coachTitle: string; sourceTitle: string },
) {
  const dirs = await listBuiltInCourseDirs();
  let files: CourseImport | undefined;
  for (const dir of dirs) {
    const loaded = await loadCourseFromFiles(dir);
    if (loaded.course?.slug === courseSlug) files = courseToImport(loaded.course);
  }
  const lesson = files?.lessons.find((candidate) => candidate.slug === lessonSlug);
  if (!files || !lesson) throw new Error(`no built-in lesson ${courseSlug}/${lessonSlug}`);
  const ids = await lessonId(courseSlug, lessonSlug);
  const handle = productDatabase();
  try {
    const state = await readDocument(handle.db, "lesson", ids.lessonId);
    const content = state?.content;
    if (!state || !content) throw new Error("the lesson has no content");
    await handle.db.transaction((tx) =>
      saveDraft(tx, {
        kind: "lesson",
        documentId: ids.lessonId,
        baseVersion: state.version,
        content: { ...content, title: change.coachTitle },
        userId: change.coachId,
        now: new Date(),
      }),
    );
    lesson.title = change.sourceTitle;
    lesson.hash = `${lesson.hash}-changed-${String(Date.now())}`;
    const counts = await importCourse(handle.db, files);
    if (counts.keptUnpublished !== 1) throw new Error(`import: ${JSON.stringify(counts)}`);
  } finally {
    await handle.close();
  }
  return ids;
}

/**
 * Publishes a lesson's saved draft exactly as it is, skipping the publish-time content:check.
 * Only for the XSS tests: the check refuses script-like prose (spelling), which is a writing
 * rule, not the defence under test; the learner site must render such a revision inertly anyway.
 */
export async function publishDraftAsIs(lesson: { lessonId: string }) {
  await publishAsIs("lesson", lesson.lessonId);
}

/** The same for a quiz's saved draft (see publishDraftAsIs). */
export async function publishQuizDraftAsIs(quizId: string) {
  await publishAsIs("quiz", quizId);
}

async function publishAsIs(kind: "lesson" | "quiz", documentId: string) {
  const handle = productDatabase();
  try {
    await handle.db.transaction(async (tx) => {
      const state = await readDocument(tx, kind, documentId);
      if (!state?.content) throw new Error("nothing to publish");
      await publishDocument(tx, { kind, documentId, state, userId: null, now: new Date() });
    });
  } finally {
    await handle.close();
  }
}
