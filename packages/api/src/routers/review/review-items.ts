import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "@soleus/auth/db-types";
import {
  attemptResponses,
  courses,
  quizAttempts,
  quizRevisions,
  quizzes,
  reviewLog,
} from "@soleus/db/schema";
import { scheduleReviews, type Question, type ReviewEvent } from "@soleus/quiz-engine";
import { quizPublished } from "../../content/published";
import { quizOfRevision } from "../attempts/quiz-source";

/** One question under review: where it comes from, when it is due, and its full (server-side) definition. */
export interface ReviewEntry {
  quizId: string;
  course: string;
  quiz: string;
  quizTitle: string;
  question: Question;
  due: number;
  lapses: number;
  /**
   * Seed of the practice view (layout and opaque option ids): the secret seed of the learner's
   * latest submitted attempt at the quiz, the question and its lapses, so ids cannot be worked
   * out by the learner and a practised question looks different after each lapse.
   */
  seed: string;
}

/**
 * The learner's spaced-repetition schedule: every answer in a submitted attempt plus every
 * practice answer, replayed by the engine's FSRS scheduler. Questions enter review when first
 * missed; those no longer in their quiz's published revision drop out.
 */
export async function loadReviewSchedule(db: Executor, userId: string, now: Date) {
  const graded = await db
    .select({
      quizId: quizAttempts.quizId,
      questionId: attemptResponses.questionId,
      earned: attemptResponses.earned,
      max: attemptResponses.max,
      at: quizAttempts.submittedAt,
      seed: quizAttempts.seed,
    })
    .from(attemptResponses)
    .innerJoin(quizAttempts, eq(quizAttempts.id, attemptResponses.attemptId))
    .where(and(eq(quizAttempts.userId, userId), eq(quizAttempts.status, "submitted")));
  const practised = await db
    .select({
      quizId: reviewLog.quizId,
      questionId: reviewLog.questionId,
      fraction: reviewLog.fraction,
      at: reviewLog.answeredAt,
    })
    .from(reviewLog)
    .where(eq(reviewLog.userId, userId));

  // The engine wants slug-like question ids; questions are only unique per quiz, so key them.
  const keys = new Map<string, { quizId: string; questionId: string; id: string }>();
  const idOf = (quizId: string, questionId: string) => {
    const key = `${quizId}/${questionId}`;
    let found = keys.get(key);
    if (!found) {
      found = { quizId, questionId, id: `q${keys.size}` };
      keys.set(key, found);
    }
    return found.id;
  };
  const history: ReviewEvent[] = [];
  const latestSeed = new Map<string, { at: number; seed: string }>();
  for (const row of graded) {
    const known = latestSeed.get(row.quizId);
    // Ties (two attempts submitted in the same millisecond) break on the seed, so every query picks the same one.
    const at = row.at?.getTime();
    if (at !== undefined && (!known || known.at < at || (known.at === at && known.seed < row.seed)))
      latestSeed.set(row.quizId, { at, seed: row.seed });
    if (row.at === null || row.max === null || row.max <= 0) continue;
    history.push({
      questionId: idOf(row.quizId, row.questionId),
      at: row.at.getTime(),
      fraction: Math.min(1, Math.max(0, (row.earned ?? 0) / row.max)),
    });
  }
  for (const row of practised)
    history.push({
      questionId: idOf(row.quizId, row.questionId),
      at: row.at.getTime(),
      fraction: Math.min(1, Math.max(0, row.fraction)),
    });

  const schedule = scheduleReviews(history, now.getTime());
  const byId = new Map([...keys.values()].map((entry) => [entry.id, entry]));
  const quizIds = [
    ...new Set(
      schedule.upcoming
        .map((item) => byId.get(item.questionId)?.quizId)
        .filter((id): id is string => id !== undefined),
    ),
  ];
  const published =
    quizIds.length === 0
      ? []
      : await db
          .select({
            quizId: quizzes.id,
            slug: quizzes.slug,
            course: courses.slug,
            revision: quizRevisions,
          })
          .from(quizzes)
          .innerJoin(courses, eq(courses.id, quizzes.courseId))
          .innerJoin(quizRevisions, eq(quizRevisions.id, quizzes.publishedRevisionId))
          .where(and(inArray(quizzes.id, quizIds), quizPublished));
  const quizById = new Map(
    published.map((row) => [row.quizId, { ...row, quiz: quizOfRevision(row.slug, row.revision) }]),
  );

  const entries: ReviewEntry[] = [];
  for (const item of schedule.upcoming) {
    const source = byId.get(item.questionId);
    const quiz = source ? quizById.get(source.quizId) : undefined;
    const question = quiz?.quiz.questions.find((candidate) => candidate.id === source?.questionId);
    const attemptSeed = source ? latestSeed.get(source.quizId)?.seed : undefined;
    if (!source || !quiz || !question || attemptSeed === undefined) continue;
    const seed = `${attemptSeed}:practice:${question.id}:${item.lapses}`;
    entries.push({
      quizId: source.quizId,
      course: quiz.course,
      quiz: quiz.slug,
      quizTitle: quiz.revision.title,
      question,
      due: item.due,
      lapses: item.lapses,
      seed,
    });
  }
  return { entries, due: entries.filter((entry) => entry.due <= now.getTime()) };
}
