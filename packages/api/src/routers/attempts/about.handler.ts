import type { Database } from "@soleus/auth/db-types";
import { questionsPerAttempt } from "@soleus/quiz-engine";
import { findPublishedQuiz } from "./quiz-source";
import { reviewStanding } from "./review-standing";
import { learnerTimeMultiplier } from "./start.handler";

/**
 * What a quiz's start page tells the learner before they begin: how many questions, the pass
 * mark, their time limit (extra time applied) and how many attempts they have left. No questions.
 */
export async function aboutQuiz(
  db: Database,
  userId: string,
  address: { course: string; quiz: string },
) {
  const published = await findPublishedQuiz(db, address.course, address.quiz);
  const { settings } = published.quiz;
  const [standing, multiplier] = await Promise.all([
    reviewStanding(db, userId, published.quizId),
    learnerTimeMultiplier(db, userId, published.courseId),
  ]);
  return {
    questions: questionsPerAttempt(published.quiz),
    passPercent: published.quiz.passPercent,
    /** This learner's limit in seconds, or null when untimed. */
    timeLimitSeconds:
      settings.timeLimitSeconds === null ? null : settings.timeLimitSeconds * (multiplier ?? 1),
    /** The learner's extra-time multiplier (e.g. 1.5) when one applies to this timed quiz, else null. */
    extraTime: settings.timeLimitSeconds === null ? null : multiplier,
    attemptsAllowed: settings.attemptsAllowed,
    attemptsUsed: standing.attemptsUsed,
    /** Attempts the learner may still start (an open one counts as used), or null when unlimited. */
    attemptsLeft:
      settings.attemptsAllowed === null
        ? null
        : Math.max(0, settings.attemptsAllowed - standing.attemptsUsed),
    showCorrectAnswers: settings.showCorrectAnswers,
  };
}
