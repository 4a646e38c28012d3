import { describe, expect, it } from "vitest";
import { assembleAttempt } from "../attempt/assemble";
import { recordResponse, submitAttempt } from "../attempt/lifecycle";
import { responseForLearner } from "../attempt/learner-ids";
import { QuizEngineError } from "../errors";
import { toPublicQuiz } from "../public-view";
import { scoreQuestion } from "../scoring";
import { quizInput } from "../testing/fixtures";
import { parseQuiz } from "../validated";
import { correctAnswersForLearner, mayShowCorrectAnswers } from "./correct-answers";

const T0 = 1_700_000_000_000;
const quiz = parseQuiz(quizInput());

describe("correctAnswersForLearner", () => {
  const open = assembleAttempt(quiz, { seed: "review-seed", now: T0 });
  const { attempt } = submitAttempt(quiz, open, T0 + 1000);
  const key = correctAnswersForLearner(quiz, attempt);
  const shown = toPublicQuiz(quiz, attempt);

  it("is refused before the attempt is submitted", () => {
    expect(() => correctAnswersForLearner(quiz, open)).toThrow(QuizEngineError);
  });

  it("names the right parts in the ids the learner was shown, and those score full marks", () => {
    for (const question of quiz.questions) {
      const right = key[question.id];
      expect(right?.type).toBe(question.type);
      const view = shown.questions.find((q) => q.id === question.id);
      const ids = JSON.stringify(view);
      // Every id in the key is one the learner saw; none is an authored id.
      for (const id of JSON.stringify(right).match(/"[a-z0-9]{8}"/g) ?? [])
        expect(ids).toContain(id);
    }
    // Translating the key back (as a learner's answer would be) gets every choice question right.
    const single = key["crosses-ankle"];
    if (single?.type !== "single_choice") throw new Error("expected a single choice key");
    const authored = quiz.questions.find((q) => q.id === "crosses-ankle");
    if (!authored) throw new Error("missing question");
    const asLearner = responseForLearner(authored, attempt.seed, { optionId: "ankle" }) as {
      optionId: string;
    };
    expect(single.optionId).toBe(asLearner.optionId);
    expect(scoreQuestion(authored, { optionId: "ankle" }).fraction).toBe(1);
    expect(key.reps).toEqual({
      type: "numeric",
      text: "3 s (anything from 2.5 to 3.5 s counts)",
    });
    expect(key["name-it"]).toEqual({ type: "short_text", text: "soleus" });
  });

  it("does not change the stored attempt's answers", () => {
    const answered = recordResponse(quiz, open, "second-heart", { value: true }, T0 + 10);
    expect(answered.responses).not.toHaveProperty("crosses-ankle");
  });
});

describe("mayShowCorrectAnswers", () => {
  const settings = (showCorrectAnswers: string, attemptsAllowed: number | null) =>
    parseQuiz(quizInput({ settings: { showCorrectAnswers, attemptsAllowed } } as never)).settings;
  it.each([
    ["after_each_attempt", null, false, 1, true],
    ["once_passed_or_out_of_attempts", null, false, 5, false],
    ["once_passed_or_out_of_attempts", null, true, 1, true],
    ["once_passed_or_out_of_attempts", 3, false, 2, false],
    ["once_passed_or_out_of_attempts", 3, false, 3, true],
    ["never", 1, true, 1, false],
  ] as const)(
    "%s, %s allowed, passed %s, %d used → %s",
    (option, allowed, passedAny, used, shows) => {
      expect(
        mayShowCorrectAnswers(settings(option, allowed), { passedAny, attemptsUsed: used }),
      ).toBe(shows);
    },
  );
  it("defaults to after each attempt and refuses an unknown option", () => {
    expect(parseQuiz(quizInput()).settings.showCorrectAnswers).toBe("after_each_attempt");
    expect(() =>
      parseQuiz(quizInput({ settings: { showCorrectAnswers: "sometimes" } } as never)),
    ).toThrow(/showCorrectAnswers/);
  });
});
