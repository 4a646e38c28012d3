import { eq, sql } from "drizzle-orm";
import type { Database } from "@soleus/auth/db-types";
import { attemptResponses, quizAttempts } from "@soleus/db/schema";
import { recordResponse } from "@soleus/quiz-engine";
import { withEngineErrors } from "./engine-errors";
import { loadOwnAttempt } from "./quiz-source";

/** Saves (or replaces) one answer of the learner's own open attempt (sent in the attempt's opaque ids, stored in authored ids). */
export async function saveResponse(
  db: Database,
  userId: string,
  input: { attemptId: string; questionId: string; response: unknown },
  now: Date,
) {
  return db.transaction(async (tx) => {
    const own = await loadOwnAttempt(tx, userId, input.attemptId, { forUpdate: true });
    const next = withEngineErrors(() =>
      recordResponse(own.quiz, own.attempt, input.questionId, input.response, now.getTime(), {
        idsFrom: "learner",
      }),
    );
    const saved = next.responses[input.questionId];
    await tx.update(quizAttempts).set({ state: next }).where(eq(quizAttempts.id, own.row.id));
    await tx
      .insert(attemptResponses)
      .values({
        attemptId: own.row.id,
        quizRevisionId: own.row.quizRevisionId,
        questionId: input.questionId,
        response: saved,
        state: "saved",
        updatedAt: now,
      })
      .onConflictDoUpdate({
        target: [attemptResponses.attemptId, attemptResponses.questionId],
        set: { response: sql`excluded.response`, updatedAt: sql`excluded.updated_at` },
      });
    return { attemptId: own.row.id, questionId: input.questionId, savedAt: now };
  });
}
