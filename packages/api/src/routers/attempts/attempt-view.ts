import type { quizAttempts } from "@soleus/db/schema";
import {
  correctAnswersForLearner,
  mayShowCorrectAnswers,
  responsesForLearner,
  resumePosition,
  toPublicQuiz,
  type Attempt,
  type AttemptResult,
  type Quiz,
  type ReviewStanding,
} from "@soleus/quiz-engine";

/**
 * What the learner receives about an attempt: the public quiz (never keys), their saved answers,
 * where to resume, and, only once submitted, the result with feedback and explanations — plus the
 * correct answers when the quiz's review option allows them for this learner's `standing` (no
 * standing given: not shown). Option ids are the attempt's opaque ones (stored answers keep
 * authored ids and are translated on the way out).
 */
export function attemptView(
  row: typeof quizAttempts.$inferSelect,
  courseSlug: string,
  quiz: Quiz,
  attempt: Attempt,
  standing: ReviewStanding | null = null,
) {
  const submitted = row.status === "submitted";
  const showAnswers =
    submitted && standing !== null && mayShowCorrectAnswers(quiz.settings, standing);
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
    /** 0-based position of the question to open: where the learner was last, or the first unanswered. */
    resumeAt: resumePosition(quiz, attempt),
    /** Immediate-feedback tries per question (empty for quizzes that give feedback after submitting). */
    checks: quiz.settings.feedback === "immediate" ? attempt.checks : {},
    result: submitted ? (row.result as unknown as AttemptResult) : null,
    /** When a coach corrected the quiz and this attempt's score was recalculated (null: never). */
    correctedAt: submitted ? (row.regradedAt ?? null) : null,
    /** When the correct answers are shown: "after_each_attempt", "once_passed_or_out_of_attempts" or "never". */
    showCorrectAnswers: quiz.settings.showCorrectAnswers,
    /** The right answer of each question, by id, in this attempt's ids; null when not (yet) shown. */
    correctAnswers: showAnswers ? correctAnswersForLearner(quiz, attempt) : null,
  };
}
export type AttemptView = ReturnType<typeof attemptView>;
