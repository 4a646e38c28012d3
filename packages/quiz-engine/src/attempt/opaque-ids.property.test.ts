import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { QuestionInput, QuizInput } from "../schema";
import { toPublicQuestion, toPublicQuiz } from "../public-view";
import { responseArb, questionArb, rekeyedArb } from "../testing/arbitraries";
import { validateResponse } from "../scoring";
import { parseQuestion, parseQuiz } from "../validated";
import { assembleAttempt } from "./assemble";
import { responseForLearner, responseFromLearner } from "./learner-ids";
import { opaqueIdMap } from "./opaque-ids";

const T0 = 1_700_000_000_000;
const seedArb = fc.string({ minLength: 1, maxLength: 40 });

/** Generated questions with distinct ids, as one quiz. */
function quizOf(questions: QuestionInput[], shuffleOptions: boolean, shuffleQuestions: boolean) {
  const input: QuizInput = {
    id: "generated",
    title: "Generated quiz",
    passPercent: 50,
    settings: { shuffleOptions, shuffleQuestions },
    questions: questions.map((q, i) => ({ ...q, id: `${q.id}-${i}` })),
  };
  return parseQuiz(input);
}

const quizWithRekeyArb = fc
  .record({
    questions: fc.array(questionArb, { minLength: 1, maxLength: 6 }),
    shuffleOptions: fc.boolean(),
    shuffleQuestions: fc.boolean(),
  })
  .chain((quiz) =>
    fc.tuple(fc.constant(quiz), fc.tuple(...quiz.questions.map((q) => rekeyedArb(q)))),
  );

/** Every id a learner is shown for a question, by list. */
function shownIds(view: ReturnType<typeof toPublicQuestion>): string[] {
  switch (view.type) {
    case "single_choice":
    case "multiple_response":
      return view.options.map((o) => o.id);
    case "ordering":
      return view.items.map((i) => i.id);
    case "matching":
      return [...view.prompts, ...view.answers].map((e) => e.id);
    case "fill_blanks":
      return view.blanks.flatMap((b) => (b.kind === "choice" ? b.options.map((o) => o.id) : []));
    default:
      return [];
  }
}

describe("opaque option ids: the public view says nothing about the key", () => {
  it("is identical for the same quiz with a different key and the same seed", () => {
    fc.assert(
      fc.property(quizWithRekeyArb, seedArb, ([settings, rekeyed], seed) => {
        const original = quizOf(
          settings.questions,
          settings.shuffleOptions,
          settings.shuffleQuestions,
        );
        const other = quizOf(rekeyed, settings.shuffleOptions, settings.shuffleQuestions);
        const viewOf = (quiz: typeof original) =>
          toPublicQuiz(quiz, assembleAttempt(quiz, { seed, now: T0 }));
        expect(viewOf(other)).toEqual(viewOf(original));
      }),
    );
  });

  it("with shuffling on, is identical however the author ordered the options", () => {
    const rearranged = (q: QuestionInput): fc.Arbitrary<QuestionInput> => {
      const perm = <T>(list: readonly T[]) =>
        fc.shuffledSubarray([...list], { minLength: list.length, maxLength: list.length });
      switch (q.type) {
        case "single_choice":
        case "multiple_response":
          return perm(q.options).map((options) => ({ ...q, options }) as QuestionInput);
        case "matching":
          return fc
            .tuple(perm(q.prompts), perm(q.answers))
            .map(([prompts, answers]) => ({ ...q, prompts, answers }));
        case "fill_blanks":
          return fc
            .tuple(
              ...q.blanks.map((b) =>
                b.kind === "choice"
                  ? perm(b.options).map((options) => ({ ...b, options }))
                  : fc.constant(b),
              ),
            )
            .map((blanks) => ({ ...q, blanks }));
        default:
          return fc.constant(q);
      }
    };
    const pair = questionArb.chain((q) => fc.tuple(fc.constant(q), rearranged(q)));
    fc.assert(
      fc.property(pair, seedArb, ([original, other], seed) => {
        expect(toPublicQuestion(parseQuestion(other), { seed })).toEqual(
          toPublicQuestion(parseQuestion(original), { seed }),
        );
      }),
    );
  });

  it("shows ids that are short, unique within the question and never the authored ones", () => {
    fc.assert(
      fc.property(questionArb, seedArb, fc.boolean(), (input, seed, shuffleOptions) => {
        const q = parseQuestion(input);
        const ids = shownIds(toPublicQuestion(q, { seed, shuffleOptions }));
        for (const id of ids) expect(id).toMatch(/^[0-9a-z]{8}$/);
        expect(new Set(ids).size).toBe(ids.length);
        const authored = JSON.stringify(input);
        for (const id of ids) expect(authored).not.toContain(`"${id}"`);
      }),
    );
  });

  it("gives another attempt (seed) other ids", () => {
    const q = parseQuestion({
      id: "q",
      type: "single_choice",
      prompt: "Pick",
      objectives: ["o"],
      section: { lesson: "l", anchor: "a" },
      explanation: "e",
      options: [
        { id: "a", text: "A", correct: true },
        { id: "b", text: "B" },
      ],
    });
    const first = opaqueIdMap(q, "seed-1").toOpaque("options", "a");
    expect(opaqueIdMap(q, "seed-1").toOpaque("options", "a")).toBe(first);
    expect(opaqueIdMap(q, "seed-2").toOpaque("options", "a")).not.toBe(first);
  });

  it("maps any valid response to the learner's ids and back unchanged", () => {
    const withResponse = questionArb.chain((q) => fc.tuple(fc.constant(q), responseArb(q)));
    fc.assert(
      fc.property(withResponse, seedArb, ([input, response], seed) => {
        const q = parseQuestion(input);
        const valid = validateResponse(q, response);
        const shown = responseForLearner(q, seed, valid);
        expect(responseFromLearner(q, seed, shown)).toEqual(valid);
      }),
    );
  });

  it("refuses an authored id sent instead of the attempt's id, naming it", () => {
    const q = parseQuestion({
      id: "q",
      type: "single_choice",
      prompt: "Pick",
      objectives: ["o"],
      section: { lesson: "l", anchor: "a" },
      explanation: "e",
      options: [
        { id: "a", text: "A", correct: true },
        { id: "b", text: "B" },
      ],
    });
    expect(() => responseFromLearner(q, "s", { optionId: "a" })).toThrow(
      /unknown option "a": this attempt does not show an option with that id/,
    );
  });
});
