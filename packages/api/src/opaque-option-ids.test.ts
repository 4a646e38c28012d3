import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { quizAttempts, quizzes } from "@soleus/db/schema";
import {
  assembleAttempt,
  computeQuizStatistics,
  matrixFromAttempts,
  parseAttempt,
  recordResponse,
  submitAttempt,
  type Attempt,
  type Question,
  type Quiz,
} from "@soleus/quiz-engine";
import type { PublicQuiz } from "@soleus/quiz-engine/schema";
import { findPublishedQuiz } from "./routers/attempts/quiz-source";
import { addPublishedQuiz, QUESTION_BASE } from "./testing/extra-quiz";
import { optionIdByText } from "./testing/option-by-text";
import { rejection } from "./testing/rejection";
import { COURSE, createWorld, QUIZ, type World } from "./testing/world";

const FINAL = "the-second-heart-final";
let world: World;
beforeAll(async () => {
  world = await createWorld();
}, 120_000);
afterAll(async () => {
  await world.database.destroy();
});

type ChoiceQuestion = Extract<Question, { type: "single_choice" }>;
const choiceQuestions = (quiz: Quiz) =>
  quiz.questions.filter((q): q is ChoiceQuestion => q.type === "single_choice");
const correctText = (question: ChoiceQuestion) =>
  question.options.find((o) => o.correct)?.text ?? "";
/** Every option, item, prompt and answer id the learner is shown. */
const shownIds = (quiz: PublicQuiz) =>
  quiz.questions.flatMap((q) => {
    if (q.type === "single_choice" || q.type === "multiple_response")
      return q.options.map((o) => o.id);
    if (q.type === "ordering") return q.items.map((i) => i.id);
    if (q.type === "matching") return [...q.prompts, ...q.answers].map((e) => e.id);
    if (q.type === "fill_blanks")
      return q.blanks.flatMap((b) => (b.kind === "choice" ? b.options.map((o) => o.id) : []));
    return [];
  });
/** The option texts in the order the learner sees them, question by question. */
const shownOrder = (quiz: PublicQuiz) =>
  JSON.stringify(
    quiz.questions.map((q) =>
      q.type === "single_choice" || q.type === "multiple_response"
        ? q.options.map((o) => o.text)
        : q.type === "ordering"
          ? q.items.map((i) => i.text)
          : [],
    ),
  );

/** An attempt as the engine stored it before opaque ids: lists in authored order (lesson checks did not shuffle), answers in authored ids. */
function preChangeAttempt(quiz: Quiz, now: number): Attempt {
  const assembled = assembleAttempt(quiz, { seed: "0123456789abcdef0123456789abcdef", now });
  const layouts = Object.fromEntries(
    assembled.questionIds.map((id) => {
      const question = quiz.questions.find((q) => q.id === id);
      if (question?.type === "single_choice" || question?.type === "multiple_response")
        return [id, { options: question.options.map((o) => o.id) }];
      return [id, assembled.layouts[id] ?? {}];
    }),
  );
  return parseAttempt(quiz, { ...assembled, layouts });
}

describe("opaque option ids on the wire", () => {
  it("no id a learner receives is an authored id, and the answer key stays on the server", async () => {
    const learner = await world.callerFor("learner");
    const view = await learner.attempts.start({ course: COURSE, quiz: FINAL });
    const published = await findPublishedQuiz(world.db, COURSE, FINAL);
    const authored = new Set(
      JSON.stringify(published.quiz.questions)
        .match(/"id":"[^"]+"/g)
        ?.map((m) => m.slice(6, -1)),
    );
    const ids = shownIds(view.quiz);
    expect(ids.length).toBeGreaterThan(20);
    for (const id of ids) expect(authored.has(id)).toBe(false);
    for (const secret of ['"correct"', "explanation", "misconception"])
      expect(JSON.stringify(view)).not.toContain(secret);
  });

  it("a forged authored id is refused with a clear error and changes nothing", async () => {
    const learner = await world.callerFor("otherLearner");
    const view = await learner.attempts.start({ course: COURSE, quiz: QUIZ });
    const question = view.quiz.questions.find((q) => q.type === "single_choice");
    if (!question) throw new Error("expected a single-choice question");
    const forged = await rejection(
      learner.attempts.saveResponse({
        attemptId: view.attemptId,
        questionId: question.id,
        response: { optionId: "a" },
      }),
    );
    expect([forged.code, forged.message]).toEqual([
      "BAD_REQUEST",
      'That answer does not fit the question: unknown option "a": this attempt does not show an option with that id',
    ]);
    expect((await learner.attempts.get({ attemptId: view.attemptId })).responses).toEqual({});
  });

  it("a learner who picks the first option shown everywhere does not score 100% on the lesson checks", async () => {
    const lessonChecks = await world.db
      .select({ slug: quizzes.slug })
      .from(quizzes)
      .where(and(eq(quizzes.courseId, world.course.id), eq(quizzes.kind, "lesson_check")));
    const learner = await world.callerFor("coach");
    let points = 0;
    let maxPoints = 0;
    for (const { slug } of lessonChecks) {
      for (let round = 0; round < 3; round++) {
        const view = await learner.attempts.start({ course: COURSE, quiz: slug });
        for (const q of view.quiz.questions) {
          if (q.type === "single_choice")
            await learner.attempts.saveResponse({
              attemptId: view.attemptId,
              questionId: q.id,
              response: { optionId: q.options[0]?.id },
            });
        }
        const done = await learner.attempts.submit({ attemptId: view.attemptId });
        points += done.result?.points ?? 0;
        maxPoints += view.quiz.questions.filter((q) => q.type === "single_choice").length;
      }
    }
    expect(maxPoints).toBeGreaterThan(20);
    // Chance on 3-4 options is 25-33%; the issue found 100% when every key came first.
    expect(points / maxPoints).toBeLessThan(0.6);
  });
});

describe("retakes", () => {
  it("every lesson check shows its options in a different order on the second attempt", async () => {
    const lessonChecks = await world.db
      .select({ slug: quizzes.slug })
      .from(quizzes)
      .where(and(eq(quizzes.courseId, world.course.id), eq(quizzes.kind, "lesson_check")));
    expect(lessonChecks.length).toBeGreaterThan(3);
    const learner = await world.callerFor("admin");
    for (const { slug } of lessonChecks) {
      const first = await learner.attempts.start({ course: COURSE, quiz: slug });
      await learner.attempts.submit({ attemptId: first.attemptId });
      const second = await learner.attempts.start({ course: COURSE, quiz: slug });
      expect(second.attemptNumber).toBe(2);
      expect(shownOrder(second.quiz), slug).not.toBe(shownOrder(first.quiz));
    }
  });

  it("even a one-question, two-option quiz never repeats the previous attempt's order", async () => {
    await addPublishedQuiz(world, "two-options", [
      {
        ...QUESTION_BASE,
        id: "which",
        type: "single_choice",
        prompt: "Where is the soleus?",
        options: [
          { id: "a", text: "Deep in the calf", correct: true },
          { id: "b", text: "In the thigh", correct: false },
        ],
      },
    ]);
    const learner = await world.callerFor("otherCoach");
    let previous: string | null = null;
    for (let round = 0; round < 10; round++) {
      const view = await learner.attempts.start({ course: COURSE, quiz: "two-options" });
      if (previous !== null) expect(shownOrder(view.quiz)).not.toBe(previous);
      previous = shownOrder(view.quiz);
      await learner.attempts.submit({ attemptId: view.attemptId });
    }
  });
});

describe("attempts started before opaque ids", () => {
  it("resume, save, submit and keep their score; item statistics report authored ids and text", async () => {
    const published = await findPublishedQuiz(world.db, COURSE, QUIZ);
    const quiz = published.quiz;
    const [first, second] = choiceQuestions(quiz);
    if (!first || !second) throw new Error("expected two single-choice questions");
    const now = new Date("2027-03-01T10:00:00Z");
    // Saved before the change: the first question answered with its authored (correct) id.
    const firstKey = first.options.find((o) => o.correct)?.id ?? "";
    const state = recordResponse(
      quiz,
      preChangeAttempt(quiz, now.getTime()),
      first.id,
      { optionId: firstKey },
      now.getTime(),
    );
    const [row] = await world.db
      .insert(quizAttempts)
      .values({
        userId: world.people.learner.id,
        quizId: published.quizId,
        quizRevisionId: published.revisionId,
        attemptNumber: 1,
        seed: state.seed,
        state: state as never,
        startedAt: now,
      })
      .returning();
    if (!row) throw new Error("attempt not stored");

    const learner = await world.callerFor("learner", () => new Date(now.getTime() + 60_000));
    const resumed = await learner.attempts.start({ course: COURSE, quiz: QUIZ });
    expect(resumed.attemptId).toBe(row.id);
    // Same order as the learner saw it before (kept layout), now with opaque ids.
    const shownFirst = resumed.quiz.questions.find((q) => q.id === first.id);
    if (shownFirst?.type !== "single_choice") throw new Error("expected single choice");
    expect(shownFirst.options.map((o) => o.text)).toEqual(first.options.map((o) => o.text));
    expect(shownFirst.options.map((o) => o.id)).not.toContain(firstKey);
    expect(resumed.responses).toEqual({
      [first.id]: { optionId: optionIdByText(resumed.quiz, first.id, correctText(first)) },
    });

    await learner.attempts.saveResponse({
      attemptId: row.id,
      questionId: second.id,
      response: { optionId: optionIdByText(resumed.quiz, second.id, correctText(second)) },
    });
    const submitted = await learner.attempts.submit({ attemptId: row.id });
    expect(submitted.result?.points).toBe(2);
    expect(
      submitted.result?.questions
        .filter((q) => q.status === "correct")
        .map((q) => q.questionId)
        .sort(),
    ).toEqual([first.id, second.id].sort());

    // The stored attempt keeps authored ids, so statistics name options as the author wrote them.
    const [stored] = await world.db
      .select({ state: quizAttempts.state })
      .from(quizAttempts)
      .where(eq(quizAttempts.id, row.id));
    const attempt = parseAttempt(quiz, stored?.state);
    const statistics = computeQuizStatistics(
      matrixFromAttempts(quiz, [{ learnerId: world.people.learner.id, attempt }], "all"),
    );
    const firstStats = statistics.questions.find((q) => q.questionId === first.id);
    const chosen = firstStats?.frequencies
      .filter((f) => f.count > 0)
      .map((f) => [f.optionId, first.options.find((o) => o.id === f.optionId)?.text]);
    expect(chosen).toEqual([[firstKey, correctText(first)]]);
  });

  it("a submitted one keeps its stored score and shows its answers in the learner's ids", async () => {
    const published = await findPublishedQuiz(world.db, COURSE, QUIZ);
    const quiz = published.quiz;
    const [first] = choiceQuestions(quiz);
    if (!first) throw new Error("expected a single-choice question");
    const fresh = await world.newLearner();
    const at = new Date("2027-03-02T10:00:00Z").getTime();
    const answered = recordResponse(
      quiz,
      preChangeAttempt(quiz, at),
      first.id,
      { optionId: first.options.find((o) => o.correct)?.id },
      at,
    );
    const { attempt, result } = submitAttempt(quiz, answered, at + 1000);
    const [row] = await world.db
      .insert(quizAttempts)
      .values({
        userId: fresh.user.id,
        quizId: published.quizId,
        quizRevisionId: published.revisionId,
        attemptNumber: 1,
        seed: attempt.seed,
        state: attempt as never,
        startedAt: new Date(at),
        status: "submitted",
        submittedAt: new Date(at + 1000),
        points: result.points,
        maxPoints: result.maxPoints,
        percent: result.percent,
        passed: result.passed,
        result: result as never,
      })
      .returning();
    if (!row) throw new Error("attempt not stored");
    const view = await fresh.caller.attempts.get({ attemptId: row.id });
    expect(view.result?.points).toBe(1);
    expect(view.result).toEqual(result);
    expect(view.responses).toEqual({
      [first.id]: { optionId: optionIdByText(view.quiz, first.id, correctText(first)) },
    });
  });
});

describe("practice of missed questions", () => {
  it("shows opaque ids and refuses an authored id", async () => {
    const start = new Date("2027-04-01T09:00:00Z");
    const learner = await world.callerFor("otherCoach", () => start);
    const attempt = await learner.attempts.start({ course: COURSE, quiz: QUIZ });
    await learner.attempts.submit({ attemptId: attempt.attemptId });
    const later = await world.callerFor(
      "otherCoach",
      () => new Date(start.getTime() + 10 * 60_000),
    );
    const queue = await later.review.queue();
    const item = queue.due.find(
      (entry) => entry.quiz === QUIZ && entry.question.type === "single_choice",
    );
    if (item?.question.type !== "single_choice")
      throw new Error("expected a single-choice question to practise");
    const published = await findPublishedQuiz(world.db, COURSE, QUIZ);
    const question = choiceQuestions(published.quiz).find((q) => q.id === item.question.id);
    if (!question) throw new Error("question not in the quiz");
    for (const option of item.question.options)
      expect(question.options.map((o) => o.id)).not.toContain(option.id);
    const forged = await rejection(
      later.review.answer({
        course: COURSE,
        quiz: QUIZ,
        questionId: question.id,
        response: { optionId: question.options.find((o) => o.correct)?.id },
      }),
    );
    expect([forged.code, forged.message]).toEqual([
      "BAD_REQUEST",
      `That answer does not fit the question: unknown option "${question.options.find((o) => o.correct)?.id ?? ""}": this attempt does not show an option with that id`,
    ]);
    const right = item.question.options.find((o) => o.text === correctText(question));
    const answered = await later.review.answer({
      course: COURSE,
      quiz: QUIZ,
      questionId: question.id,
      response: { optionId: right?.id },
    });
    expect(answered.status).toBe("correct");
  });
});
