import { questionsPerAttempt } from "../attempt/assemble";
import type { Quiz } from "../schemas/quiz";
import { parseQuiz } from "../validated";

/** A quiz at a glance before a learner starts it (no questions). */
export interface LearnerQuizFacts {
  questions: number;
  passPercent: number;
  /** This learner's limit in seconds (extra time applied), or null when untimed. */
  timeLimitSeconds: number | null;
  /** The learner's extra-time multiplier (e.g. 1.5) when one applies to this timed quiz, else null. */
  extraTime: number | null;
  attemptsAllowed: number | null;
  attemptsUsed: number;
  /** Attempts the learner may still start (an open one counts as used), or null when unlimited. */
  attemptsLeft: number | null;
  showCorrectAnswers: Quiz["settings"]["showCorrectAnswers"];
  /** "immediate": each answer can be checked (and tried again) before submitting. */
  feedback: Quiz["settings"]["feedback"];
  /** Immediate feedback: the share of a question's points each extra try takes off. */
  penaltyPerTry: number;
}

/**
 * What a quiz's start page tells a learner: how many questions an attempt asks, the pass mark,
 * their time limit (with their extra time) and how many attempts they have left.
 */
export function quizFactsForLearner(
  quiz: Quiz,
  learner: { attemptsUsed: number; timeMultiplier: number | null },
): LearnerQuizFacts {
  const valid = parseQuiz(quiz);
  const { settings } = valid;
  return {
    questions: questionsPerAttempt(valid),
    passPercent: valid.passPercent,
    timeLimitSeconds:
      settings.timeLimitSeconds === null
        ? null
        : settings.timeLimitSeconds * (learner.timeMultiplier ?? 1),
    extraTime: settings.timeLimitSeconds === null ? null : learner.timeMultiplier,
    attemptsAllowed: settings.attemptsAllowed,
    attemptsUsed: learner.attemptsUsed,
    attemptsLeft:
      settings.attemptsAllowed === null
        ? null
        : Math.max(0, settings.attemptsAllowed - learner.attemptsUsed),
    showCorrectAnswers: settings.showCorrectAnswers,
    feedback: settings.feedback,
    penaltyPerTry: settings.penaltyPerTry,
  };
}
