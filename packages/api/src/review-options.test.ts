import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addPublishedQuiz, QUESTION_BASE } from "./testing/extra-quiz";
import { optionIdByText } from "./testing/option-by-text";
import { rejection } from "./testing/rejection";
import { COURSE, createWorld, QUIZ, type World } from "./testing/world";

const FINAL = "the-second-heart-final";
let world: World;
beforeAll(async () => {
  world = await createWorld();
  await addPublishedQuiz(
    world,
    "never-shows-answers",
    [
      {
        ...QUESTION_BASE,
        id: "name-the-muscle",
        type: "short_text",
        prompt: "Which calf muscle lies deep, under the other?",
        accepted: ["soleus"],
      },
      {
        ...QUESTION_BASE,
        id: "where-is-it",
        type: "single_choice",
        prompt: "Where is it?",
        options: [
          { id: "a", text: "Deep in the calf", correct: true },
          { id: "b", text: "In the thigh" },
        ],
      },
    ],
    { showCorrectAnswers: "never" },
  );
}, 120_000);
afterAll(async () => {
  await world.database.destroy();
});

/** Keys the answer key travels under; none may reach a learner when answers are not shown. */
const KEY_WORDS = /"(correct|accepted|answer|pairs|fraction|tolerance|correctAnswers)":(?!null)/;

describe("review options: when the correct answers are shown", () => {
  it("keeps the key off the wire before submitting, and shows it after each attempt of a lesson check", async () => {
    const { caller } = await world.newLearner();
    const open = await caller.attempts.start({ course: COURSE, quiz: QUIZ });
    expect(open.correctAnswers).toBeNull();
    expect(JSON.stringify(open)).not.toMatch(KEY_WORDS);
    expect(JSON.stringify(await caller.attempts.get({ attemptId: open.attemptId }))).not.toMatch(
      KEY_WORDS,
    );
    const done = await caller.attempts.submit({ attemptId: open.attemptId });
    expect(done.showCorrectAnswers).toBe("after_each_attempt");
    const view = await caller.attempts.get({ attemptId: open.attemptId });
    const right = view.correctAnswers?.["where-soleus-lies"];
    expect(right).toEqual({
      type: "single_choice",
      optionId: optionIdByText(
        view.quiz,
        "where-soleus-lies",
        "Deep in the calf, under the gastrocnemius",
      ),
    });
    expect(view.correctAnswers?.["calcaneal-tendon-name"]).toEqual({
      type: "short_text",
      text: "Achilles tendon",
    });
  });

  it("shows the final quiz's answers only once it is passed", async () => {
    const { caller } = await world.newLearner();
    const open = await caller.attempts.start({ course: COURSE, quiz: FINAL });
    await caller.attempts.submit({ attemptId: open.attemptId });
    const failed = await caller.attempts.get({ attemptId: open.attemptId });
    expect(failed.result?.passed).toBe(false);
    expect(failed.showCorrectAnswers).toBe("once_passed_or_out_of_attempts");
    expect(failed.correctAnswers).toBeNull();
    // The result's marks per question carry "fraction"; everything else must be free of the key.
    expect(JSON.stringify({ ...failed, result: null })).not.toMatch(KEY_WORDS);
  });

  it('never sends the key for a quiz set to "never", before or after submitting', async () => {
    const { caller } = await world.newLearner();
    const open = await caller.attempts.start({ course: COURSE, quiz: "never-shows-answers" });
    await caller.attempts.saveResponse({
      attemptId: open.attemptId,
      questionId: "name-the-muscle",
      response: { text: "gastrocnemius" },
    });
    const submitted = await caller.attempts.submit({ attemptId: open.attemptId });
    const after = await caller.attempts.get({ attemptId: open.attemptId });
    for (const view of [submitted, after]) {
      expect(view.correctAnswers).toBeNull();
      const wire = JSON.stringify({ ...view, result: { ...view.result, questions: [] } });
      expect(wire).not.toMatch(KEY_WORDS);
      expect(wire).not.toContain('Deep in the calf","correct');
    }
    expect(JSON.stringify(after.quiz)).not.toMatch(/soleus"/);
  });
});

describe("a quiz's start page facts", () => {
  it("counts the questions, the pass mark, the time limit and the attempts left", async () => {
    const { caller } = await world.newLearner();
    const before = await caller.attempts.about({ course: COURSE, quiz: FINAL });
    expect(before).toMatchObject({
      questions: 27,
      passPercent: 75,
      timeLimitSeconds: null,
      attemptsAllowed: null,
      attemptsUsed: 0,
      attemptsLeft: null,
    });
    await addPublishedQuiz(
      world,
      "two-tries",
      [
        {
          ...QUESTION_BASE,
          id: "where-is-it",
          type: "single_choice",
          prompt: "Where is it?",
          options: [
            { id: "a", text: "Deep in the calf", correct: true },
            { id: "b", text: "In the thigh" },
          ],
        },
      ],
      { attemptsAllowed: 2, timeLimitSeconds: 600 },
    );
    await caller.attempts.start({ course: COURSE, quiz: "two-tries" });
    expect(await caller.attempts.about({ course: COURSE, quiz: "two-tries" })).toMatchObject({
      questions: 1,
      timeLimitSeconds: 600,
      attemptsUsed: 1,
      attemptsLeft: 1,
    });
  });
});

describe("resuming where the learner stopped", () => {
  it("opens the question the learner was last on, from any device, else the first unanswered", async () => {
    const { caller } = await world.newLearner();
    const open = await caller.attempts.start({ course: COURSE, quiz: QUIZ });
    expect(open.resumeAt).toBe(0);
    const [first, , third] = open.quiz.questions;
    if (first?.type !== "single_choice" || !third) throw new Error("unexpected fixture");
    await caller.attempts.saveResponse({
      attemptId: open.attemptId,
      questionId: first.id,
      response: { optionId: first.options[0]?.id },
    });
    // Nothing visited yet: the first unanswered question.
    expect((await caller.attempts.get({ attemptId: open.attemptId })).resumeAt).toBe(1);
    await caller.attempts.visit({ attemptId: open.attemptId, questionId: third.id });
    expect((await caller.attempts.get({ attemptId: open.attemptId })).resumeAt).toBe(2);
  });

  it("refuses another learner's attempt, an unknown question and a submitted attempt", async () => {
    const owner = await world.newLearner();
    const other = await world.newLearner();
    const open = await owner.caller.attempts.start({ course: COURSE, quiz: QUIZ });
    const question = open.quiz.questions[1]?.id ?? "";
    expect(
      (
        await rejection(
          other.caller.attempts.visit({ attemptId: open.attemptId, questionId: question }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    expect(
      (
        await rejection(
          owner.caller.attempts.visit({ attemptId: open.attemptId, questionId: "nope" }),
        )
      ).code,
    ).toBe("BAD_REQUEST");
    await owner.caller.attempts.submit({ attemptId: open.attemptId });
    expect(
      (
        await rejection(
          owner.caller.attempts.visit({ attemptId: open.attemptId, questionId: question }),
        )
      ).code,
    ).not.toBe("INTERNAL_SERVER_ERROR");
  });
});
