import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import type { Database } from "@soleus/auth/db-types";
import { quizAttempts } from "@soleus/db/schema";
import { checkAnswer, checkOutcomeForLearner } from "@soleus/quiz-engine";
import { withEngineErrors } from "./engine-errors";
import { loadOwnAttempt } from "./quiz-source";

/**
 * Immediate-feedback mode: saves the answer and scores this one question now, with the quiz's
 * penalty per extra try. Only for quizzes set to immediate feedback: any other quiz keeps its
 * feedback (and key) until the attempt is submitted.
 */
export async function checkOwnAnswer(
  db: Database,
  userId: string,
  input: { attemptId: string; questionId: string; response: unknown },
  now: Date,
) {
  return db.transaction(async (tx) => {
    const own = await loadOwnAttempt(tx, userId, input.attemptId, { forUpdate: true });
    if (own.quiz.settings.feedback !== "immediate")
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: "This quiz shows feedback after you submit it, not question by question.",
      });
    const checked = withEngineErrors(() =>
      checkAnswer(own.quiz, own.attempt, input.questionId, input.response, now.getTime(), {
        idsFrom: "learner",
      }),
    );
    await tx
      .update(quizAttempts)
      .set({ state: checked.attempt })
      .where(eq(quizAttempts.id, own.row.id));
    return checkOutcomeForLearner(input.questionId, checked);
  });
}
