import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@soleus/auth/db-types";
import { uuidArray } from "./filter";

export interface FilterOptions {
  courses: { id: string; slug: string; title: string }[];
  quizzes: {
    id: string;
    courseId: string;
    slug: string;
    title: string;
    kind: "lesson_check" | "final";
  }[];
  revisions: { id: string; quizId: string; revision: number; title: string; attempts: number }[];
}

/** What the filter controls offer: the courses, quizzes and revisions the caller may review. */
export async function computeFilterOptions(
  db: Executor,
  courseIds: readonly string[],
): Promise<FilterOptions> {
  const ids = uuidArray(courseIds);
  const [courses, quizzes, revisions] = await Promise.all([
    db.execute<{ id: string; slug: string; title: string | null }>(sql`
      select c.id, c.slug,
        coalesce((select r.title from course_revisions r where r.id = c.published_revision_id),
                 (select r.title from course_revisions r where r.course_id = c.id order by r.revision desc limit 1)) as title
      from courses c where c.id = any(${ids}) order by c.slug`),
    db.execute<{
      id: string;
      course_id: string;
      slug: string;
      kind: "lesson_check" | "final";
      title: string | null;
    }>(sql`
      select q.id, q.course_id, q.slug, q.kind,
        coalesce((select r.title from quiz_revisions r where r.id = q.published_revision_id),
                 (select r.title from quiz_revisions r where r.quiz_id = q.id order by r.revision desc limit 1)) as title
      from quizzes q where q.course_id = any(${ids}) order by q.course_id, q.kind desc, q.slug`),
    db.execute<{
      id: string;
      quiz_id: string;
      revision: number;
      title: string;
      attempts: number;
    }>(sql`
      select r.id, r.quiz_id, r.revision, r.title,
        (select count(*)::int from quiz_attempts a where a.quiz_revision_id = r.id and a.status = 'submitted') as attempts
      from quiz_revisions r join quizzes q on q.id = r.quiz_id
      where q.course_id = any(${ids}) order by r.quiz_id, r.revision desc`),
  ]);
  return {
    courses: courses.rows.map((c) => ({ id: c.id, slug: c.slug, title: c.title ?? c.slug })),
    quizzes: quizzes.rows.map((q) => ({
      id: q.id,
      courseId: q.course_id,
      slug: q.slug,
      kind: q.kind,
      title: q.title ?? q.slug,
    })),
    revisions: revisions.rows.map((r) => ({
      id: r.id,
      quizId: r.quiz_id,
      revision: r.revision,
      title: r.title,
      attempts: r.attempts,
    })),
  };
}
