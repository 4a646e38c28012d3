import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { createTestUser } from "@soleus/auth/testing/fixtures";
import { connectDatabase } from "@soleus/db/client";
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
