import { LIMITS } from "../schemas/limits";
import type { ShortTextQuestion } from "../schemas/question/short-text";
import { normaliseAnswer } from "../text/normalise";
import { matchTyped, spellingNote } from "../text/spelling";
import type { QuestionTypeModule } from "./question-type";
import { parseResponseShape } from "./shared";

interface Matcher {
  pattern: RegExp | null;
}

const matchers = new WeakMap<ShortTextQuestion, Matcher>();

/** Normalised accepted answers and the compiled whole-answer pattern, built once per question. */
function matcherFor(question: ShortTextQuestion): Matcher {
  let matcher = matchers.get(question);
  if (!matcher) {
    matcher = {
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
 * one of the accepted answers, or close to one (a small spelling slip, unless `forgiveSpelling`
 * is off; the feedback then names the spelling), or when the whole normalised answer matches
 * `pattern`.
 */
export const shortText: QuestionTypeModule<"short_text"> = {
  validateResponse: (_question, response, path) => parseResponseShape("short_text", response, path),
  score(question, response) {
    const { caseSensitive, forgiveSpelling } = question;
    const given = normaliseAnswer(response.text, caseSensitive);
    const { pattern } = matcherFor(question);
    if (given !== "" && pattern?.test(given))
      return { fraction: 1, feedback: [], misconceptions: [] };
    const match = matchTyped(response.text, question.accepted, { caseSensitive, forgiveSpelling });
    if (!match) return { fraction: 0, feedback: [], misconceptions: [] };
    return {
      fraction: 1,
      feedback:
        match.kind === "close" ? [spellingNote(response.text, match.accepted, caseSensitive)] : [],
      misconceptions: [],
    };
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
