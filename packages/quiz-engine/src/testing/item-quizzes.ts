import type { QuestionInput, QuizInput } from "../schema";
import type { Quiz } from "../schemas/quiz";
import { parseQuiz } from "../validated";
import { base } from "./fixtures";

let counter = 0;
const nextId = (prefix: string): string => `${prefix}-${String(++counter)}`;

/** A single-choice question; the option marked with a leading "*" is correct. */
export function sc(prompt: string, options: readonly string[], id = nextId("sc")): QuestionInput {
  return {
    ...base,
    id,
    type: "single_choice",
    prompt,
    options: options.map((text, i) => ({
      id: `o${String(i + 1)}`,
      text: text.replace(/^\*/u, ""),
      correct: text.startsWith("*"),
    })),
  };
}

/** A multiple-response question; options marked with a leading "*" are correct. */
export function mr(prompt: string, options: readonly string[], id = nextId("mr")): QuestionInput {
  return { ...sc(prompt, options, id), type: "multiple_response" } as QuestionInput;
}

/** A true/false statement. */
export function tf(prompt: string, answer = true, id = nextId("tf")): QuestionInput {
  return { ...base, id, type: "true_false", prompt, answer };
}

/** An ordering question with items in their correct order. */
export function ord(prompt: string, items: readonly string[], id = nextId("ord")): QuestionInput {
  return {
    ...base,
    id,
    type: "ordering",
    prompt,
    items: items.map((text, i) => ({ id: `i${String(i + 1)}`, text })),
  };
}

/** A numeric question. */
export function num(prompt: string, answer: number, id = nextId("num")): QuestionInput {
  return { ...base, id, type: "numeric", prompt, answer };
}

/** A short-text question. */
export function short(
  prompt: string,
  accepted: readonly string[],
  id = nextId("st"),
): QuestionInput {
  return { ...base, id, type: "short_text", prompt, accepted: [...accepted] };
}

/** A validated quiz of these questions (options in authored order unless `shuffleOptions`). */
export function quizOf(questions: readonly QuestionInput[], shuffleOptions = false): Quiz {
  const input: QuizInput = {
    id: "item-check-quiz",
    title: "Item check quiz",
    passPercent: 70,
    settings: { shuffleOptions },
    questions: [...questions],
  };
  return parseQuiz(input);
}
