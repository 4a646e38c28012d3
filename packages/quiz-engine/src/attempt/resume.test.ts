import { describe, expect, it } from "vitest";
import { QuizEngineError } from "../errors";
import { quizInput } from "../testing/fixtures";
import { parseQuiz } from "../validated";
import { assembleAttempt } from "./assemble";
import { recordResponse, submitAttempt } from "./lifecycle";
import { parseAttempt } from "./parse-attempt";
import { resumePosition, visitQuestion } from "./resume";

const T0 = 1_700_000_000_000;
const quiz = parseQuiz(quizInput());
const fresh = assembleAttempt(quiz, { seed: "resume", now: T0 });
const ids = fresh.questionIds;
const at = (index: number) => ids[index] ?? "";

describe("resuming an attempt", () => {
  it("starts a fresh attempt at the first question", () => {
    expect(resumePosition(quiz, fresh)).toBe(0);
  });

  it("resumes at the question the learner was last on, kept through storage", () => {
    const visited = visitQuestion(quiz, fresh, at(4), T0 + 10);
    const stored = parseAttempt(quiz, JSON.parse(JSON.stringify(visited)));
    expect(resumePosition(quiz, stored)).toBe(4);
  });

  it("keeps the position when an answer is saved (a save in flight may land after a move)", () => {
    const visited = visitQuestion(quiz, fresh, at(4), T0 + 10);
    const answered = recordResponse(quiz, visited, at(3), responseFor(at(3)), T0 + 20);
    expect(resumePosition(quiz, answered)).toBe(4);
  });

  it("falls back to the first unanswered question when no position was stored", () => {
    const answered = recordResponse(quiz, fresh, at(0), responseFor(at(0)), T0 + 10);
    expect(resumePosition(quiz, answered)).toBe(1);
  });

  it("refuses an unknown question and a submitted attempt", () => {
    expect(() => visitQuestion(quiz, fresh, "nope", T0 + 10)).toThrow(QuizEngineError);
    const { attempt } = submitAttempt(quiz, fresh, T0 + 10);
    expect(() => visitQuestion(quiz, attempt, at(1), T0 + 20)).toThrow(/already submitted/);
    expect(() =>
      parseAttempt(quiz, { ...JSON.parse(JSON.stringify(fresh)), lastQuestionId: "nope" }),
    ).toThrow(QuizEngineError);
  });
});

function responseFor(questionId: string): unknown {
  const sample: Record<string, unknown> = {
    "crosses-ankle": { optionId: "ankle" },
    benefits: { optionIds: ["a"] },
    "second-heart": { value: true },
    "raise-steps": { order: ["sit", "lift", "pause", "lower"] },
    "match-muscles": { pairs: { soleus: "deep" } },
    reps: { value: 3 },
    "name-it": { text: "soleus" },
    fill: { blanks: { muscle: "soleus" } },
  };
  return sample[questionId];
}
