import { LIMITS } from "../schemas/limits";
import type { ShortTextQuestion } from "../schemas/question/short-text";
import { normaliseAnswer } from "../text/normalise";
import type { QuestionTypeModule } from "./question-type";
import { parseResponseShape } from "./shared";

interface Matcher {
  accepted: Set<string>;
  pattern: RegExp | null;
}

const matchers = new WeakMap<ShortTextQuestion, Matcher>();

/** Normalised accepted answers and the compiled whole-answer pattern, built once per question. */
function matcherFor(question: ShortTextQuestion): Matcher {
  let matcher = matchers.get(question);
  if (!matcher) {
    matcher = {
      accepted: new Set(question.accepted.map((a) => normaliseAnswer(a, question.caseSensitive))),
      pattern:
        question.pattern === undefined
          ? null
          : new RegExp(`^(?:${question.pattern})$`, question.caseSensitive ? "u" : "iu"),
    };
    matchers.set(question, matcher);
  }
  return matcher;
}

/**
 * Short text: right when the normalised answer (accents, case and extra whitespace ignored) is
 * one of the accepted answers, or when the whole normalised answer matches `pattern`.
 */
export const shortText: QuestionTypeModule<"short_text"> = {
  validateResponse: (_question, response, path) => parseResponseShape("short_text", response, path),
  score(question, response) {
    const given = normaliseAnswer(response.text, question.caseSensitive);
    const { accepted, pattern } = matcherFor(question);
    const right = given !== "" && (accepted.has(given) || pattern?.test(given) === true);
    return { fraction: right ? 1 : 0, feedback: [], misconceptions: [] };
  },
  layout: () => ({}),
  idLists: () => ({}),
  renameIds: (_question, response) => response,
  toPublic: (question) => ({
    id: question.id,
    type: "short_text",
    prompt: question.prompt,
    points: question.points,
    maxLength: LIMITS.responseTextLength,
  }),
  randomGuessScore: () => 0,
};
