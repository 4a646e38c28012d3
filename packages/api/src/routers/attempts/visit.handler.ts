import { eq } from "drizzle-orm";
import type { Database } from "@soleus/auth/db-types";
import { quizAttempts } from "@soleus/db/schema";
import { visitQuestion } from "@soleus/quiz-engine";
import { withEngineErrors } from "./engine-errors";
import { loadOwnAttempt } from "./quiz-source";

/** Stores the question the learner is on in their own open attempt (its state), for resuming. */
export async function visitOwnQuestion(
  db: Database,
  userId: string,
  input: { attemptId: string; questionId: string },
  now: Date,
) {
  return db.transaction(async (tx) => {
    const own = await loadOwnAttempt(tx, userId, input.attemptId, { forUpdate: true });
    const next = withEngineErrors(() =>
      visitQuestion(own.quiz, own.attempt, input.questionId, now.getTime()),
    );
    if (next !== own.attempt)
      await tx.update(quizAttempts).set({ state: next }).where(eq(quizAttempts.id, own.row.id));
    return { attemptId: own.row.id, questionId: input.questionId };
  });
}
