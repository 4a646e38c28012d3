import { unitOf, type NumericQuestion } from "../schemas/question/numeric";
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
  const accepted = unitOf(question);
  if (given === "" || accepted === null) return true;
  return [accepted.name, ...accepted.aliases].some((u) => normaliseAnswer(u) === given);
}

/** Public unit: its name once, and every spelling (lowercase) the number box may be typed with. */
function publicUnit(question: NumericQuestion) {
  const unit = unitOf(question);
  return unit
    ? {
        unit: {
          name: unit.name,
          spellings: [unit.name, ...unit.aliases].map((u) => normaliseAnswer(u)),
        },
      }
    : {};
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
    ...publicUnit(question),
  }),
  randomGuessScore: () => 0,
};
