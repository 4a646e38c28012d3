import type { Database } from "@soleus/auth/db-types";
import { quizFactsForLearner } from "@soleus/quiz-engine";
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
  const [standing, multiplier] = await Promise.all([
    reviewStanding(db, userId, published.quizId),
    learnerTimeMultiplier(db, userId, published.courseId),
  ]);
  return quizFactsForLearner(published.quiz, {
    attemptsUsed: standing.attemptsUsed,
    timeMultiplier: multiplier,
  });
}
