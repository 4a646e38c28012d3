import type { PublicQuestion } from "@soleus/quiz-engine/schema";

type Entry = { id: string; text: string };
const textOf = (entries: readonly Entry[], id: unknown) =>
  entries.find((entry) => entry.id === id)?.text ?? "(an option that is no longer shown)";
const record = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === "object" ? (value as Record<string, unknown>) : {};

/** Whether a saved response counts as answered for the learner (an empty pick or text does not). */
export function isAnswered(question: PublicQuestion, response: unknown): boolean {
  if (response === undefined || response === null) return false;
  const value = record(response);
  switch (question.type) {
    case "multiple_response":
      return Array.isArray(value.optionIds) && value.optionIds.length > 0;
    case "matching":
      return Object.keys(record(value.pairs)).length > 0;
    case "short_text":
      return typeof value.text === "string" && value.text.trim() !== "";
    case "fill_blanks":
      return Object.values(record(value.blanks)).some(
        (blank) => typeof blank === "string" && blank.trim() !== "",
      );
    default:
      return true;
  }
}

/** The learner's answer in words, one line per part, for results and practice. */
export function describeAnswer(question: PublicQuestion, response: unknown): string[] {
  if (!isAnswered(question, response)) return [];
  const value = record(response);
  switch (question.type) {
    case "single_choice":
      return [textOf(question.options, value.optionId)];
    case "multiple_response":
      return (value.optionIds as unknown[]).map((id) => textOf(question.options, id));
    case "true_false":
      return [value.value === true ? "True" : "False"];
    case "ordering":
      return (Array.isArray(value.order) ? value.order : []).map(
        (id, index) => `${index + 1}. ${textOf(question.items, id)}`,
      );
    case "matching":
      return question.prompts
        .filter((prompt) => record(value.pairs)[prompt.id] !== undefined)
        .map(
          (prompt) => `${prompt.text}: ${textOf(question.answers, record(value.pairs)[prompt.id])}`,
        );
    case "numeric":
      return [
        `${String(value.value)}${typeof value.unit === "string" && value.unit ? ` ${value.unit}` : ""}`,
      ];
    case "short_text":
      return [String(value.text)];
    case "fill_blanks": {
      const blanks = record(value.blanks);
      return question.blanks.map((blank, index) => {
        const given = blanks[blank.id];
        const words =
          typeof given !== "string" || given === ""
            ? "(empty)"
            : blank.kind === "choice"
              ? textOf(blank.options, given)
              : given;
        return `Blank ${index + 1}: ${words}`;
      });
    }
    default:
      return [];
  }
}

/** Splits fill-in-the-blank text into words and blank ids, in order. */
export function blankParts(
  text: string,
): ({ kind: "text"; text: string } | { kind: "blank"; id: string })[] {
  // The engine's placeholder syntax: `{{id}}`, spaces allowed inside the braces.
  return text
    .split(/(\{\{\s*[^{}\s]*\s*\}\})/)
    .filter((part) => part !== "")
    .map((part) => {
      const match = /^\{\{\s*([^{}\s]*)\s*\}\}$/.exec(part);
      return match?.[1]
        ? { kind: "blank" as const, id: match[1] }
        : { kind: "text" as const, text: part };
    });
}

/** "question 4", "questions 4 and 9", "questions 2, 5 and 9". */
export function questionNumbersText(numbers: readonly number[]): string {
  if (numbers.length === 1) return `question ${numbers[0]}`;
  return `questions ${numbers.slice(0, -1).join(", ")} and ${numbers.at(-1)}`;
}

export const STATUS_WORDS = {
  correct: "Correct",
  partially_correct: "Partly correct",
  incorrect: "Incorrect",
  unanswered: "Not answered",
} as const;

export const MASTERY_WORDS: Record<string, string> = {
  not_started: "Not started",
  attempted: "Just starting",
  familiar: "Familiar",
  proficient: "Proficient",
  mastered: "Mastered",
};
