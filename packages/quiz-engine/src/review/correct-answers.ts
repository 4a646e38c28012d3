import { opaqueIdMap } from "../attempt/opaque-ids";
import { parseAttempt } from "../attempt/parse-attempt";
import type { Attempt } from "../attempt/attempt";
import { fail } from "../errors";
import type { Question } from "../schemas/question";
import { unitOf } from "../schemas/question/numeric";
import type { Quiz, QuizSettings } from "../schemas/quiz";
import type { FillBlanksResponse } from "../schemas/response";
import { matchTyped } from "../text/spelling";
import { rivalsOf } from "../types/fill-blanks";
import { parseQuiz } from "../validated";

/**
 * The right answer of one question as the learner's review shows it, in the attempt's opaque
 * ids (so each part can be marked where it stands). Only ever built for a submitted attempt
 * whose quiz's review option allows it (`mayShowCorrectAnswers`).
 */
export type CorrectAnswer =
  | { type: "single_choice"; optionId: string }
  | { type: "multiple_response"; optionIds: string[] }
  | { type: "true_false"; value: boolean }
  | { type: "ordering"; order: string[] }
  | { type: "matching"; pairs: Record<string, string> }
  | { type: "numeric"; text: string }
  | { type: "short_text"; text: string }
  | {
      type: "fill_blanks";
      /** Per blank: the right option, or the expected text and whether the typed one was taken. */
      blanks: Record<string, { optionId: string } | { text: string; right: boolean }>;
    };

/** A number and its unit in words, with the accepted range when there is one ("90 degrees (80 to 100)"). */
function numericText(question: Extract<Question, { type: "numeric" }>): string {
  const unit = unitOf(question);
  const { answer, tolerance } = question;
  const allowed =
    tolerance.kind === "absolute" ? tolerance.value : tolerance.value * Math.abs(answer);
  const round = (n: number) => String(Number(n.toPrecision(12)));
  const withUnit = (n: number) => (unit ? `${round(n)} ${unit.name}` : round(n));
  return allowed > 0
    ? `${withUnit(answer)} (anything from ${round(answer - allowed)} to ${withUnit(answer + allowed)} counts)`
    : withUnit(answer);
}

function correctAnswerOf(question: Question, seed: string, response: unknown): CorrectAnswer {
  const ids = opaqueIdMap(question, seed);
  switch (question.type) {
    case "single_choice":
      return {
        type: "single_choice",
        optionId: ids.toOpaque("options", question.options.find((o) => o.correct)?.id ?? ""),
      };
    case "multiple_response":
      return {
        type: "multiple_response",
        optionIds: question.options
          .filter((o) => o.correct)
          .map((o) => ids.toOpaque("options", o.id)),
      };
    case "true_false":
      return { type: "true_false", value: question.answer };
    case "ordering":
      return { type: "ordering", order: question.items.map((i) => ids.toOpaque("items", i.id)) };
    case "matching":
      return {
        type: "matching",
        pairs: Object.fromEntries(
          question.pairs.map((p) => [
            ids.toOpaque("prompts", p.prompt),
            ids.toOpaque("answers", p.answer),
          ]),
        ),
      };
    case "numeric":
      return { type: "numeric", text: numericText(question) };
    case "short_text":
      return { type: "short_text", text: question.accepted[0] ?? "" };
    case "fill_blanks":
      return {
        type: "fill_blanks",
        blanks: Object.fromEntries(
          question.blanks.map((b) => [
            b.id,
            b.kind === "choice"
              ? {
                  optionId: ids.toOpaque(
                    `blank:${b.id}`,
                    b.options.find((o) => o.correct)?.id ?? "",
                  ),
                }
              : { text: b.accepted[0] ?? "", right: typedBlankRight(question, b.id, response) },
          ]),
        ),
      };
  }
}

/** Whether the learner's typed entry in a text blank was taken (spelling slips forgiven as when scored). */
function typedBlankRight(
  question: Extract<Question, { type: "fill_blanks" }>,
  blankId: string,
  response: unknown,
): boolean {
  const blank = question.blanks.find((b) => b.id === blankId);
  const given = (response as FillBlanksResponse | undefined)?.blanks[blankId];
  if (blank?.kind !== "text" || typeof given !== "string") return false;
  return (
    matchTyped(given, blank.accepted, {
      forgiveSpelling: question.forgiveSpelling,
      rivals: rivalsOf(question, blankId),
    }) !== null
  );
}

/** The right answer of every question of a submitted attempt, by question id, in its opaque ids. */
export function correctAnswersForLearner(
  quiz: Quiz,
  attempt: Attempt,
): Record<string, CorrectAnswer> {
  const valid = parseQuiz(quiz);
  const state = parseAttempt(valid, attempt);
  if (state.status !== "submitted")
    fail("invalid_attempt", ["status"], "correct answers are shown only after submitting");
  const byId = new Map(valid.questions.map((q) => [q.id, q]));
  return Object.fromEntries(
    state.questionIds.flatMap((id) => {
      const question = byId.get(id);
      return question ? [[id, correctAnswerOf(question, state.seed, state.responses[id])]] : [];
    }),
  );
}

/** What the review option depends on, besides the setting itself. */
export interface ReviewStanding {
  /** Whether any of the learner's submitted attempts at this quiz passed. */
  passedAny: boolean;
  /** Attempts the learner has started at this quiz, this one included. */
  attemptsUsed: number;
}

/**
 * Whether a submitted attempt's review shows the correct answers (Moodle's review options):
 * after each attempt, once the learner has passed or has no attempts left, or never.
 */
export function mayShowCorrectAnswers(settings: QuizSettings, standing: ReviewStanding): boolean {
  switch (settings.showCorrectAnswers) {
    case "after_each_attempt":
      return true;
    case "once_passed_or_out_of_attempts":
      return (
        standing.passedAny ||
        (settings.attemptsAllowed !== null && standing.attemptsUsed >= settings.attemptsAllowed)
      );
    case "never":
      return false;
  }
}
