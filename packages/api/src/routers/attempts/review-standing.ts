import "server-only";
import { and, count, eq } from "drizzle-orm";
import type { Executor } from "@soleus/auth/db-types";
import { quizAttempts } from "@soleus/db/schema";
import type { ReviewStanding } from "@soleus/quiz-engine";

/** What a quiz's review option depends on for one learner: attempts used and whether any passed. */
export async function reviewStanding(
  db: Executor,
  userId: string,
  quizId: string,
): Promise<ReviewStanding> {
  const rows = await db
    .select({ passed: quizAttempts.passed, attempts: count() })
    .from(quizAttempts)
    .where(and(eq(quizAttempts.userId, userId), eq(quizAttempts.quizId, quizId)))
    .groupBy(quizAttempts.passed);
  return {
    passedAny: rows.some((row) => row.passed === true && row.attempts > 0),
    attemptsUsed: rows.reduce((sum, row) => sum + row.attempts, 0),
  };
}
