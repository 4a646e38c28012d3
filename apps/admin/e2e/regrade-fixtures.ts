import { connectDatabase } from "@soleus/db/client";
import { attemptScoreColumns, responseColumns } from "@soleus/db/response-columns";
import { attemptResponses, quizAttempts, quizRevisions, quizzes } from "@soleus/db/schema";
import { createTestUser } from "@soleus/auth/testing/fixtures";
// Test tooling only: the engine scores the fixture attempts exactly as submitting does.
import { assembleAttempt, parseQuiz, submitAttempt } from "../../../packages/quiz-engine/src/index";
import { e2eDatabaseUrl } from "./results-fixtures";

export type Answers = { keyMoves: "a" | "b" | "c"; stays: "x" | "y" };

const base = {
  objectives: ["anatomy"],
  section: { lesson: "meet-the-soleus", anchor: "where-it-sits" },
  explanation: "Read the lesson again.",
  tags: [],
};
const questions = (correct: "a" | "b", points: number) => [
  {
    ...base,
    id: "key-moves",
    type: "single_choice",
    prompt: "Which one is right?",
    points,
    options: [
      { id: "a", text: "Alpha", correct: correct === "a" },
      { id: "b", text: "Bravo", correct: correct === "b" },
      { id: "c", text: "Charlie", correct: false },
    ],
  },
  {
    ...base,
    id: "stays",
    type: "single_choice",
    prompt: "And this one?",
    points: 1,
    options: [
      { id: "x", text: "Xray", correct: true },
      { id: "y", text: "Yankee", correct: false },
    ],
  },
];
const settings = {
  attemptsAllowed: null,
  grading: "highest",
  shuffleQuestions: false,
  shuffleOptions: false,
  pools: [],
  timeLimitSeconds: null,
  feedback: "after_submit",
  penaltyPerTry: 0,
  showCorrectAnswers: "after_each_attempt",
};

/** Score by hand (not with the engine): what the spec expects the dry run to show. */
export function expectedScore(answers: Answers, revision: 1 | 2) {
  const keyPoints = revision === 1 ? 1 : 2;
  const right = revision === 1 ? "a" : "b";
  const points = (answers.keyMoves === right ? keyPoints : 0) + (answers.stays === "x" ? 1 : 0);
  const maxPoints = keyPoints + 1;
  return { points, maxPoints, percent: (points / maxPoints) * 100 };
}
export const scoreText = (s: { points: number; maxPoints: number; percent: number }) =>
  `${s.points} of ${s.maxPoints} (${Math.round(s.percent)}%)`;

type Handle = ReturnType<typeof connectDatabase>;

/** One connection to the e2e database for `work` (the embedded database serves one at a time). */
export async function withE2eHandle<T>(work: (handle: Handle) => Promise<T>): Promise<T> {
  const handle = connectDatabase(e2eDatabaseUrl(), { maxConnections: 1 });
  try {
    return await work(handle);
  } finally {
    await handle.close();
  }
}

/** Points the quiz at a revision, as publishing does. */
export async function publishRevision(handle: Handle, quizId: string, revisionId: string) {
  await handle.pool.query("update quizzes set published_revision_id = $1 where id = $2", [
    revisionId,
    quizId,
  ]);
}

async function insertRevision(
  handle: Handle,
  quizId: string,
  revision: number,
  correct: "a" | "b",
  points: number,
) {
  const [row] = await handle.db
    .insert(quizRevisions)
    .values({
      quizId,
      revision,
      title: "Regrade check",
      passPercent: 50,
      settings: settings as never,
      questions: questions(correct, points) as never,
      source: "editor",
      contentHash: `regrade-e2e-${quizId}-${revision}`,
    })
    .returning();
  if (!row) throw new Error("revision not created");
  await publishRevision(handle, quizId, row.id);
  return row.id;
}

/**
 * A published quiz in the built-in course, one learner's submitted attempt per entry of `answers`
 * (assembled and scored by the engine, stored as submitting stores it), then revision 2: the key
 * of "key-moves" moves from Alpha to Bravo and it is worth 2 points.
 */
export async function quizWithAttemptsAndCorrection(answers: Answers[]) {
  return withE2eHandle(async (handle) => {
    const db = handle.db;
    const course = await db.query.courses.findFirst({
      where: (table, { eq }) => eq(table.slug, "the-second-heart"),
    });
    if (!course) throw new Error("no built-in course");
    const slug = `regrade-${crypto.randomUUID().slice(0, 8)}`;
    const [quiz] = await db
      .insert(quizzes)
      .values({ courseId: course.id, slug, kind: "lesson_check" })
      .returning();
    if (!quiz) throw new Error("quiz not created");
    const revision1 = await insertRevision(handle, quiz.id, 1, "a", 1);
    const engineQuiz = parseQuiz({
      id: slug,
      title: "Regrade check",
      passPercent: 50,
      settings,
      questions: questions("a", 1),
    });
    const learners = [];
    for (const [i, answer] of answers.entries()) {
      const user = await createTestUser(db, "learner", { name: `Regrade learner ${i + 1}` });
      const now = Date.now() - 3_600_000;
      const open = assembleAttempt(engineQuiz, { seed: `${slug}-${i}`, now, attemptNumber: 1 });
      const responses = {
        "key-moves": { optionId: answer.keyMoves },
        stays: { optionId: answer.stays },
      };
      const { attempt, result } = submitAttempt(engineQuiz, { ...open, responses }, now + 60_000);
      const [row] = await db
        .insert(quizAttempts)
        .values({
          userId: user.id,
          quizId: quiz.id,
          quizRevisionId: revision1,
          courseId: course.id,
          attemptNumber: 1,
          seed: attempt.seed,
          status: "submitted",
          state: attempt as never,
          startedAt: new Date(now),
          submittedAt: new Date(now + 60_000),
          points: result.points,
          maxPoints: result.maxPoints,
          percent: result.percent,
          passed: result.passed,
          result: result as never,
        })
        .returning();
      if (!row) throw new Error("attempt not stored");
      await db.insert(attemptResponses).values(
        result.questions.map((q) => {
          const question = engineQuiz.questions.find((candidate) => candidate.id === q.questionId);
          const response = attempt.responses[q.questionId] ?? null;
          return {
            attemptId: row.id,
            quizRevisionId: revision1,
            questionId: q.questionId,
            response,
            earned: q.earned,
            max: q.max,
            state: q.status,
            quizId: quiz.id,
            courseId: course.id,
            userId: user.id,
            submittedAt: new Date(now + 60_000),
            ...attemptScoreColumns(result),
            ...(question ? responseColumns(question, response, q) : {}),
          };
        }),
      );
      learners.push({ ...user, attemptId: row.id, answers: answer });
    }
    await insertRevision(handle, quiz.id, 2, "b", 2);
    return { courseId: course.id, quizId: quiz.id, learners };
  });
}
