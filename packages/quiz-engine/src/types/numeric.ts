import type { NumericQuestion } from "../schemas/question/numeric";
import { normaliseAnswer } from "../text/normalise";
import type { QuestionTypeModule } from "./question-type";
import { parseResponseShape } from "./shared";

/** Floating-point slack so that 0.1 + 0.2 counts as 0.3 even with zero tolerance. */
const EPSILON = 1e-9;

/** Whether a value lies within the question's tolerance of its answer. */
export function withinTolerance(question: NumericQuestion, value: number): boolean {
  const { answer, tolerance } = question;
  const allowed =
    tolerance.kind === "absolute" ? tolerance.value : tolerance.value * Math.abs(answer);
  return Math.abs(value - answer) <= allowed + EPSILON * Math.max(1, Math.abs(answer));
}

function unitAccepted(question: NumericQuestion, unit: string | undefined): boolean {
  const given = unit === undefined ? "" : normaliseAnswer(unit);
  if (given === "" || question.units === undefined) return true;
  return question.units.some((u) => normaliseAnswer(u) === given);
}

/** Numeric: right within an absolute or relative tolerance; a unit, if given, must be accepted. */
export const numeric: QuestionTypeModule<"numeric"> = {
  validateResponse: (_question, response, path) => parseResponseShape("numeric", response, path),
  score: (question, response) => ({
    fraction:
      withinTolerance(question, response.value) && unitAccepted(question, response.unit) ? 1 : 0,
    feedback: [],
    misconceptions: [],
  }),
  layout: () => ({}),
  idLists: () => ({}),
  renameIds: (_question, response) => response,
  toPublic: (question) => ({
    id: question.id,
    type: "numeric",
    prompt: question.prompt,
    points: question.points,
    ...(question.units ? { units: question.units.slice() } : {}),
  }),
  randomGuessScore: () => 0,
};
