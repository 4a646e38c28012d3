import "server-only";
import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import type { Executor } from "@soleus/auth/db-types";
import { courses, quizRevisions, quizAttempts, quizzes } from "@soleus/db/schema";
import { parseAttempt, parseQuiz, type Attempt, type Quiz } from "@soleus/quiz-engine";
import { quizPublished } from "../../content/published";

type RevisionRow = typeof quizRevisions.$inferSelect;

/** The engine's quiz for one stored revision (the quiz's slug is its id). */
export function quizOfRevision(
  slug: string,
  revision: Pick<RevisionRow, "title" | "passPercent" | "settings" | "questions">,
): Quiz {
  return parseQuiz({
    id: slug,
    title: revision.title,
    passPercent: revision.passPercent,
    settings: revision.settings,
    questions: revision.questions,
  });
}

/** The published revision of a quiz in a published course, or a 404. */
export async function findPublishedQuiz(db: Executor, courseSlug: string, quizSlug: string) {
  const [row] = await db
    .select({
      quizId: quizzes.id,
      courseId: quizzes.courseId,
      slug: quizzes.slug,
      revision: quizRevisions,
    })
    .from(quizzes)
    .innerJoin(courses, eq(courses.id, quizzes.courseId))
    .innerJoin(quizRevisions, eq(quizRevisions.id, quizzes.publishedRevisionId))
    .where(and(eq(courses.slug, courseSlug), eq(quizzes.slug, quizSlug), quizPublished))
    .limit(1);
  if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "There is no such quiz." });
  return {
    quizId: row.quizId,
    courseId: row.courseId,
    revisionId: row.revision.id,
    quiz: quizOfRevision(row.slug, row.revision),
  };
}

export const NO_SUCH_ATTEMPT = "There is no such attempt.";

/**
 * One of the caller's own attempts with its quiz, optionally locked for update. Someone
 * else's attempt is "no such attempt": ids cannot be probed.
 */
export async function loadOwnAttempt(
  db: Executor,
  userId: string,
  attemptId: string,
  options: { forUpdate?: boolean } = {},
) {
  const query = db
    .select({
      row: quizAttempts,
      slug: quizzes.slug,
      courseSlug: courses.slug,
      revision: quizRevisions,
    })
    .from(quizAttempts)
    .innerJoin(quizzes, eq(quizzes.id, quizAttempts.quizId))
    .innerJoin(courses, eq(courses.id, quizzes.courseId))
    .innerJoin(quizRevisions, eq(quizRevisions.id, quizAttempts.quizRevisionId))
    .where(and(eq(quizAttempts.id, attemptId), eq(quizAttempts.userId, userId)))
    .limit(1);
  const [found] = options.forUpdate ? await query.for("update", { of: quizAttempts }) : await query;
  if (!found) throw new TRPCError({ code: "NOT_FOUND", message: NO_SUCH_ATTEMPT });
  const quiz = quizOfRevision(found.slug, found.revision);
  const attempt: Attempt = parseAttempt(quiz, found.row.state);
  return { row: found.row, courseSlug: found.courseSlug, quiz, attempt };
}
