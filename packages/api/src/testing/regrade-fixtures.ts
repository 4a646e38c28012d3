import { eq } from "drizzle-orm";
import { quizRevisions, quizzes } from "@soleus/db/schema";
import { addPublishedQuiz, QUESTION_BASE } from "./extra-quiz";
import { optionIdByText } from "./option-by-text";
import type { World } from "./world";

/** Answers a learner gives to the regrade quiz, by the option text they read. */
export interface RegradeAnswers {
  keyMoves: "Alpha" | "Bravo" | "Charlie";
  stays: "Xray" | "Yankee";
}

const keyMoves = (correct: "a" | "b", points: number) => ({
  ...QUESTION_BASE,
  id: "key-moves",
  type: "single_choice",
  prompt: "Which one is right?",
  points,
  options: [
    { id: "a", text: "Alpha", correct: correct === "a" },
    { id: "b", text: "Bravo", correct: correct === "b" },
    { id: "c", text: "Charlie", correct: false },
  ],
});
const stays = {
  ...QUESTION_BASE,
  id: "stays",
  type: "single_choice",
  prompt: "And this one?",
  points: 1,
  options: [
    { id: "x", text: "Xray", correct: true },
    { id: "y", text: "Yankee", correct: false },
  ],
};

/** Revision 1: "key-moves" is right with Alpha (1 point), "stays" with Xray (1 point); pass 50%. */
export async function addRegradeQuiz(world: World, slug: string) {
  return addPublishedQuiz(world, slug, [keyMoves("a", 1), stays]);
}

/**
 * Publishes revision 2, the correction: "key-moves" is right with Bravo and worth 2 points.
 * Returns the new revision's id.
 */
export async function publishKeyCorrection(world: World, quizId: string): Promise<string> {
  const [first] = await world.db
    .select()
    .from(quizRevisions)
    .where(eq(quizRevisions.quizId, quizId))
    .limit(1);
  if (!first) throw new Error("quiz has no revision");
  const [revision] = await world.db
    .insert(quizRevisions)
    .values({
      quizId,
      revision: 2,
      title: first.title,
      passPercent: first.passPercent,
      settings: first.settings,
      questions: [keyMoves("b", 2), stays] as never,
      source: "editor",
      contentHash: `${first.contentHash}-corrected`,
    })
    .returning();
  if (!revision) throw new Error("revision not created");
  await world.db
    .update(quizzes)
    .set({ publishedRevisionId: revision.id })
    .where(eq(quizzes.id, quizId));
  return revision.id;
}

type LearnerCaller = Awaited<ReturnType<World["callerFor"]>>;

/** A learner's submitted attempt with these answers; returns its id. */
export async function takeRegradeQuiz(
  caller: LearnerCaller,
  course: string,
  slug: string,
  answers: RegradeAnswers,
): Promise<string> {
  const attempt = await caller.attempts.start({ course, quiz: slug });
  await caller.attempts.saveResponse({
    attemptId: attempt.attemptId,
    questionId: "key-moves",
    response: { optionId: optionIdByText(attempt.quiz, "key-moves", answers.keyMoves) },
  });
  await caller.attempts.saveResponse({
    attemptId: attempt.attemptId,
    questionId: "stays",
    response: { optionId: optionIdByText(attempt.quiz, "stays", answers.stays) },
  });
  await caller.attempts.submit({ attemptId: attempt.attemptId });
  return attempt.attemptId;
}

/**
 * The score an attempt has under a revision, worked out by hand from the answers (not with the
 * engine): what the tests compare the regrade's figures with.
 */
export function expectedScore(answers: RegradeAnswers, revision: 1 | 2) {
  const keyPoints = revision === 1 ? 1 : 2;
  const right = revision === 1 ? "Alpha" : "Bravo";
  const points = (answers.keyMoves === right ? keyPoints : 0) + (answers.stays === "Xray" ? 1 : 0);
  const maxPoints = keyPoints + 1;
  const percent = (points / maxPoints) * 100;
  return { points, maxPoints, percent, passed: percent >= 50 };
}
