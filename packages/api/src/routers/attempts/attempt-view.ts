import type { quizAttempts } from "@soleus/db/schema";
import {
  responsesForLearner,
  toPublicQuiz,
  type Attempt,
  type AttemptResult,
  type Quiz,
} from "@soleus/quiz-engine";

/**
 * What the learner receives about an attempt: the public quiz (never keys), their saved answers,
 * and, only once submitted, the result with feedback and explanations. Option ids are the
 * attempt's opaque ones (stored answers keep authored ids and are translated on the way out).
 */
export function attemptView(
  row: typeof quizAttempts.$inferSelect,
  courseSlug: string,
  quiz: Quiz,
  attempt: Attempt,
) {
  const submitted = row.status === "submitted";
  return {
    attemptId: row.id,
    course: courseSlug,
    quizSlug: quiz.id,
    attemptNumber: row.attemptNumber,
    status: row.status,
    startedAt: row.startedAt,
    submittedAt: row.submittedAt,
    quiz: toPublicQuiz(quiz, attempt),
    responses: responsesForLearner(quiz, attempt) as Record<string, unknown>,
    /** Immediate-feedback tries per question (empty for quizzes that give feedback after submitting). */
    checks: quiz.settings.feedback === "immediate" ? attempt.checks : {},
    result: submitted ? (row.result as unknown as AttemptResult) : null,
  };
}
export type AttemptView = ReturnType<typeof attemptView>;
