import type { Attempt } from "./attempt/attempt";
import { penaltiesOf } from "./attempt/penalties";
import { masteryLevel, needsReview, type MasteryLevel, type MasteryThresholds } from "./mastery";
import type { Section } from "./schemas/common";
import type { Question, QuestionType } from "./schemas/question";
import type { Quiz } from "./schemas/quiz";
import type { Response } from "./schemas/response";
import { scoreValidResponses } from "./score-attempt";
import type { QuestionStatus } from "./scoring";

export interface QuestionResult {
  questionId: string;
  type: QuestionType;
  status: QuestionStatus;
  earned: number;
  max: number;
  fraction: number;
  penalty: number;
  feedback: string[];
  misconceptions: string[];
  explanation: string;
  objectives: string[];
  section: Section;
}

export interface ObjectiveResult {
  objectiveId: string;
  earned: number;
  max: number;
  percent: number;
  questions: number;
  answered: number;
  mastery: MasteryLevel;
  /** Sections teaching this objective's missed questions, when mastery is below proficient. */
  reviewSections: Section[];
}

/** What the learner sees after submitting. */
export interface AttemptResult {
  quizId: string;
  attemptNumber: number;
  submittedAt: number | null;
  points: number;
  maxPoints: number;
  percent: number;
  passed: boolean;
  questions: QuestionResult[];
  objectives: ObjectiveResult[];
  /** Every section teaching a question that was not fully correct, in question order. */
  reviewSections: Section[];
}

function uniqueSections(sections: readonly Section[]): Section[] {
  const seen = new Map<string, Section>();
  for (const s of sections)
    if (!seen.has(`${s.lesson}#${s.anchor}`))
      seen.set(`${s.lesson}#${s.anchor}`, { lesson: s.lesson, anchor: s.anchor });
  return [...seen.values()];
}

/** Build the result of an attempt whose quiz and attempt are already validated. */
export function buildResult(
  quiz: Quiz,
  attempt: Attempt,
  thresholds: MasteryThresholds,
): AttemptResult {
  const byId = new Map(quiz.questions.map((q) => [q.id, q]));
  const asked = attempt.questionIds
    .map((id) => byId.get(id))
    .filter((q): q is Question => q !== undefined);
  const score = scoreValidResponses(
    quiz,
    asked,
    attempt.responses as Record<string, Response>,
    penaltiesOf(quiz, attempt),
  );
  const questions = score.questions.map((s, i): QuestionResult => {
    const q = asked[i] as Question;
    return {
      questionId: s.questionId,
      type: q.type,
      status: s.status,
      earned: s.earned,
      max: s.max,
      fraction: s.fraction,
      penalty: s.penalty,
      feedback: s.feedback,
      misconceptions: s.misconceptions,
      explanation: q.explanation,
      objectives: [...q.objectives],
      section: { ...q.section },
    };
  });

  const objectiveIds = [...new Set(questions.flatMap((q) => q.objectives))];
  const objectives = objectiveIds.map((objectiveId): ObjectiveResult => {
    const mine = questions.filter((q) => q.objectives.includes(objectiveId));
    const earned = mine.reduce((sum, q) => sum + q.earned, 0);
    const max = mine.reduce((sum, q) => sum + q.max, 0);
    const percent = max === 0 ? 0 : (earned / max) * 100;
    const answered = mine.filter((q) => q.status !== "unanswered").length;
    const mastery = masteryLevel(percent, answered > 0, thresholds);
    const missed = mine.filter((q) => q.status !== "correct").map((q) => q.section);
    return {
      objectiveId,
      earned,
      max,
      percent,
      questions: mine.length,
      answered,
      mastery,
      reviewSections: needsReview(mastery) ? uniqueSections(missed) : [],
    };
  });

  return {
    quizId: quiz.id,
    attemptNumber: attempt.attemptNumber,
    submittedAt: attempt.submittedAt,
    points: score.points,
    maxPoints: score.maxPoints,
    percent: score.percent,
    passed: score.passed,
    questions,
    objectives,
    reviewSections: uniqueSections(
      questions.filter((q) => q.status !== "correct").map((q) => q.section),
    ),
  };
}
