import type { PublicQuestion } from "@soleus/quiz-engine/schema";

/** A well-formed (not necessarily right) answer to any public question: the first of everything. */
export function sampleResponse(question: PublicQuestion): unknown {
  switch (question.type) {
    case "single_choice":
      return { optionId: question.options[0]?.id };
    case "multiple_response":
      return { optionIds: question.options.slice(0, 1).map((option) => option.id) };
    case "true_false":
      return { value: true };
    case "ordering":
      return { order: question.items.map((item) => item.id) };
    case "matching":
      return {
        pairs: Object.fromEntries(
          question.prompts.map((prompt) => [prompt.id, question.answers[0]?.id]),
        ),
      };
    case "numeric":
      return { value: 1 };
    case "short_text":
      return { text: "a guess" };
    case "fill_blanks":
      return {
        blanks: Object.fromEntries(
          question.blanks.map((blank) => [
            blank.id,
            blank.kind === "choice" ? (blank.options[0]?.id ?? "") : "guess",
          ]),
        ),
      };
  }
}
