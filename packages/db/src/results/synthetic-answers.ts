import type { Question, SeededRandom } from "@soleus/quiz-engine";

/** Pick an index with probability proportional to its weight. */
function weighted(random: SeededRandom, weights: readonly number[]): number {
  const total = weights.reduce((s, w) => s + w, 0);
  let r = random.next() * total;
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i] ?? 0;
    if (r < 0) return i;
  }
  return weights.length - 1;
}

/**
 * How tempting each wrong option is: one with a named misconception much more (learners really
 * make that mistake), the question's last plain distractor hardly ever (so some questions show
 * an "unused distractor" now and then, as real ones do).
 */
function plausibility(options: readonly { correct: boolean; misconception?: string }[]): number[] {
  const lastPlain = options.findLastIndex((o) => !o.correct && !o.misconception);
  return options.map((o, i) => (o.correct ? 0 : o.misconception ? 4 : i === lastPlain ? 0.05 : 1));
}

function swapTwo<T>(items: readonly T[], random: SeededRandom): T[] {
  const copy = [...items];
  if (copy.length < 2) return copy;
  const i = random.int(copy.length - 1);
  [copy[i], copy[i + 1]] = [copy[i + 1] as T, copy[i] as T];
  return copy;
}

const WRONG_TEXTS = ["gastrocnemius", "hamstring", "i don't know", "the heart", "achilles"];

/** A learner's response (authored ids) to `question`: right when `right`, else a plausible mistake. */
export function syntheticResponse(
  question: Question,
  right: boolean,
  random: SeededRandom,
): unknown {
  switch (question.type) {
    case "single_choice": {
      if (right) return { optionId: question.options.find((o) => o.correct)?.id };
      const pick = weighted(random, plausibility(question.options));
      return { optionId: question.options[pick]?.id };
    }
    case "multiple_response": {
      const correct = question.options.filter((o) => o.correct).map((o) => o.id);
      if (right) return { optionIds: correct };
      const weights = plausibility(question.options);
      const wrong = question.options[weighted(random, weights)];
      const chosen =
        random.next() < 0.5 && correct.length > 1
          ? correct.filter((_, i) => i !== random.int(correct.length))
          : correct;
      return { optionIds: wrong && !wrong.correct ? [...chosen, wrong.id] : chosen.slice(1) };
    }
    case "true_false":
      return { value: right ? question.answer : !question.answer };
    case "numeric": {
      if (right) return { value: question.answer };
      const mistakes = [question.answer * 10, question.answer / 2, question.answer + 1, 0];
      return { value: mistakes[weighted(random, [3, 2, 1, 0.5])] ?? 0 };
    }
    case "short_text":
      return right
        ? { text: question.accepted[0] }
        : { text: WRONG_TEXTS[weighted(random, [4, 2, 1.5, 1, 1])] };
    case "ordering": {
      const order = question.items.map((i) => i.id);
      return { order: right ? order : swapTwo(order, random) };
    }
    case "matching": {
      const pairs = question.pairs.map((p) => [p.prompt, p.answer] as const);
      if (right) return { pairs: Object.fromEntries(pairs) };
      const answers = swapTwo(
        pairs.map((p) => p[1]),
        random,
      );
      return { pairs: Object.fromEntries(pairs.map((p, i) => [p[0], answers[i]])) };
    }
    case "fill_blanks": {
      const wrongAt = right ? -1 : random.int(question.blanks.length);
      return {
        blanks: Object.fromEntries(
          question.blanks.map((blank, i) => {
            if (blank.kind === "choice") {
              const options = blank.options;
              const id =
                i === wrongAt
                  ? (options.find((o) => !o.correct)?.id ?? options[0]?.id)
                  : options.find((o) => o.correct)?.id;
              return [blank.id, id ?? ""];
            }
            return [
              blank.id,
              i === wrongAt ? (WRONG_TEXTS[random.int(2)] ?? "") : (blank.accepted[0] ?? ""),
            ];
          }),
        ),
      };
    }
  }
}
