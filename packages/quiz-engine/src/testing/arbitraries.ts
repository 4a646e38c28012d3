import fc from "fast-check";
import type { QuestionInput } from "../schema";

/** Text that marks secret material so tests can look for it in public views. */
export const SECRET = "SECRET";

const common = (id: string) => ({
  id,
  prompt: "Prompt",
  points: 1,
  objectives: ["anatomy"],
  section: { lesson: "lesson", anchor: "anchor" },
  explanation: `${SECRET} explanation`,
});

const entries = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, text: `${prefix} text ${i}` }));

const singleChoice = fc
  .record({
    n: fc.integer({ min: 2, max: 8 }),
    pick: fc.nat(),
    points: fc.integer({ min: 1, max: 5 }),
  })
  .map(({ n, pick, points }): QuestionInput => ({
    ...common("single"),
    points,
    type: "single_choice",
    options: entries("o", n).map((o, i) => ({
      ...o,
      correct: i === pick % n,
      feedback: `${SECRET} fb ${i}`,
      misconception: `${SECRET} mc ${i}`,
    })),
  }));

const multipleResponse = fc
  .record({
    flags: fc.array(fc.boolean(), { minLength: 2, maxLength: 8 }),
    scoring: fc.constantFrom("all_or_nothing", "fractions", "right_minus_wrong" as const),
  })
  .map(({ flags, scoring }): QuestionInput => {
    const correct = flags.some(Boolean) ? flags : [true, ...flags.slice(1)];
    return {
      ...common("multi"),
      type: "multiple_response",
      scoring,
      options: entries("o", correct.length).map((o, i) => ({
        ...o,
        correct: correct[i] ?? false,
        feedback: `${SECRET} fb`,
      })),
    };
  });

const ordering = fc
  .record({ n: fc.integer({ min: 2, max: 7 }), exact: fc.boolean() })
  .map(({ n, exact }): QuestionInput => ({
    ...common("order"),
    type: "ordering",
    scoring: exact ? "exact" : "pairs",
    items: entries("i", n),
  }));

const matching = fc
  .record({
    n: fc.integer({ min: 1, max: 5 }),
    extra: fc.integer({ min: 1, max: 3 }),
    shift: fc.nat(),
  })
  .map(({ n, extra, shift }): QuestionInput => ({
    ...common("match"),
    type: "matching",
    prompts: entries("p", n),
    answers: entries("a", n + extra),
    pairs: Array.from({ length: n }, (_, i) => ({
      prompt: `p${i}`,
      answer: `a${(i + shift) % (n + extra)}`,
    })),
  }));

const trueFalse = fc.boolean().map((answer): QuestionInput => ({
  ...common("tf"),
  type: "true_false",
  answer,
  feedbackTrue: `${SECRET} t`,
  feedbackFalse: `${SECRET} f`,
  misconception: `${SECRET} m`,
}));

const numeric = fc
  .record({
    answer: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    tol: fc.double({ min: 0, max: 10, noNaN: true }),
  })
  .map(({ answer, tol }): QuestionInput => ({
    ...common("num"),
    type: "numeric",
    answer,
    tolerance: { kind: "absolute", value: tol },
  }));

const shortText = fc.constant<QuestionInput>({
  ...common("text"),
  type: "short_text",
  accepted: [`${SECRET}answer`],
  pattern: `${SECRET}\\d+`,
});

const fillBlanks = fc.integer({ min: 2, max: 4 }).map((n): QuestionInput => ({
  ...common("fill"),
  type: "fill_blanks",
  text: "A {{b0}} and {{b1}}",
  blanks: [
    { id: "b0", kind: "text", accepted: [`${SECRET}word`] },
    {
      id: "b1",
      kind: "choice",
      options: entries("o", n).map((o, i) => ({ ...o, correct: i === 0 })),
    },
  ],
}));

/** Any valid question of any type. */
export const questionArb = fc.oneof(
  singleChoice,
  multipleResponse,
  ordering,
  matching,
  trueFalse,
  numeric,
  shortText,
  fillBlanks,
);

/** A response of the right shape for a question, built from random choices. */
export function responseArb(q: QuestionInput): fc.Arbitrary<unknown> {
  switch (q.type) {
    case "single_choice":
      return fc.constantFrom(...q.options.map((o) => ({ optionId: o.id })));
    case "multiple_response":
      return fc.subarray(q.options.map((o) => o.id)).map((optionIds) => ({ optionIds }));
    case "true_false":
      return fc.boolean().map((value) => ({ value }));
    case "ordering":
      return fc
        .shuffledSubarray(
          q.items.map((i) => i.id),
          { minLength: q.items.length, maxLength: q.items.length },
        )
        .map((order) => ({ order }));
    case "matching":
      return fc
        .tuple(
          ...q.prompts.map(() =>
            fc.option(fc.constantFrom(...q.answers.map((a) => a.id)), { nil: undefined }),
          ),
        )
        .map((picks) => ({
          pairs: Object.fromEntries(
            q.prompts.flatMap((p, i) => (picks[i] === undefined ? [] : [[p.id, picks[i]]])),
          ),
        }));
    case "numeric":
      return fc.double({ min: -1e7, max: 1e7, noNaN: true }).map((value) => ({ value }));
    case "short_text":
      return fc.string({ maxLength: 40 }).map((text) => ({ text }));
    case "fill_blanks":
      return fc
        .record({ b0: fc.string({ maxLength: 10 }), b1: fc.constantFrom("o0", "o1") })
        .map((blanks) => ({ blanks }));
  }
}

/**
 * The same question with a different answer key (and the feedback that goes with it): another
 * correct option, other correct options, another item order (for ordering the authored order is
 * the key), other pairs, the other truth value. Everything a learner may see stays the same.
 */
export function rekeyedArb(q: QuestionInput): fc.Arbitrary<QuestionInput> {
  switch (q.type) {
    case "single_choice":
      return fc.nat({ max: q.options.length - 1 }).map((pick) => ({
        ...q,
        options: q.options.map((o, i) => ({ ...o, correct: i === pick })),
      }));
    case "multiple_response":
      return fc
        .array(fc.boolean(), { minLength: q.options.length, maxLength: q.options.length })
        .map((flags) => (flags.some(Boolean) ? flags : flags.map((_, i) => i === 0)))
        .map((flags) => ({
          ...q,
          options: q.options.map((o, i) => ({ ...o, correct: flags[i] ?? false })),
        }));
    case "ordering":
      return fc
        .shuffledSubarray(q.items, { minLength: q.items.length, maxLength: q.items.length })
        .map((items) => ({ ...q, items }));
    case "matching":
      return fc
        .array(fc.nat({ max: q.answers.length - 1 }), {
          minLength: q.prompts.length,
          maxLength: q.prompts.length,
        })
        .map((picks) => ({
          ...q,
          pairs: q.prompts.map((p, i) => ({
            prompt: p.id,
            answer: q.answers[picks[i] ?? 0]?.id ?? "",
          })),
        }));
    case "true_false":
      return fc.constant({ ...q, answer: !q.answer });
    case "fill_blanks":
      return fc.nat().map((pick) => ({
        ...q,
        blanks: q.blanks.map((b) =>
          b.kind === "choice"
            ? {
                ...b,
                options: b.options.map((o, i) => ({
                  ...o,
                  correct: i === pick % b.options.length,
                })),
              }
            : { ...b, accepted: [`${SECRET}other`] },
        ),
      }));
    case "numeric":
      return fc.constant({ ...q, answer: q.answer + 1 });
    case "short_text":
      return fc.constant({ ...q, accepted: [`${SECRET}other`] });
  }
}
