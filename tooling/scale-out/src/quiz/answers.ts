import type { PublicQuestion } from "@soleus/quiz-engine/schema";

/**
 * A well-formed answer to any public question; different `variant`s give different answers
 * (where the question allows), so a case can tell an earlier save from a later one.
 */
export function answerFor(question: PublicQuestion, variant: number): unknown {
  const pick = <T>(items: readonly T[]): T | undefined =>
    items[variant % Math.max(1, items.length)];
  switch (question.type) {
    case "single_choice":
      return { optionId: pick(question.options)?.id };
    case "multiple_response":
      return { optionIds: [pick(question.options)?.id] };
    case "true_false":
      return { value: variant % 2 === 0 };
    case "ordering": {
      const ids = question.items.map((item) => item.id);
      const shift = variant % Math.max(1, ids.length);
      return { order: [...ids.slice(shift), ...ids.slice(0, shift)] };
    }
    case "matching":
      return {
        pairs: Object.fromEntries(
          question.prompts.map((prompt) => [prompt.id, pick(question.answers)?.id]),
        ),
      };
    case "numeric":
      return { value: variant + 1 };
    case "short_text":
      return { text: `answer number ${variant}` };
    case "fill_blanks":
      return {
        blanks: Object.fromEntries(
          question.blanks.map((blank) => [
            blank.id,
            blank.kind === "choice" ? (pick(blank.options)?.id ?? "") : `word ${variant}`,
          ]),
        ),
      };
  }
}
