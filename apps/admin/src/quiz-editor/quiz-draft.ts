import type { QuestionType } from "@soleus/quiz-engine/schema";

/**
 * What the quiz editor edits and autosaves: the api's quiz draft content. Questions are kept as
 * plain objects in the engine's shapes; while a coach is writing, they may be incomplete (an
 * empty prompt, no key yet), which the draft save accepts and publishing refuses.
 */
export interface QuizDraft {
  title: string;
  passPercent: number;
  settings: QuizSettingsDraft;
  questions: QuestionDraft[];
}

export interface QuizSettingsDraft {
  attemptsAllowed: number | null;
  grading: "highest" | "average" | "first" | "last";
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  pools: { by: "objective" | "tag"; key: string; draw: number }[];
  timeLimitSeconds: number | null;
  feedback: "after_submit" | "immediate";
  penaltyPerTry: number;
  showCorrectAnswers: "after_each_attempt" | "once_passed_or_out_of_attempts" | "never";
}

/** A question as edited: the engine's fields by type, held loosely (see QuizDraft). */
export type QuestionDraft = { id: string; type: QuestionType } & Record<string, unknown>;

export const QUESTION_TYPE_NAMES: Record<QuestionType, string> = {
  single_choice: "Single choice",
  multiple_response: "Multiple response",
  true_false: "True or false",
  ordering: "Ordering",
  matching: "Matching",
  numeric: "Numeric",
  short_text: "Short text",
  fill_blanks: "Fill in the blanks",
};

const base = (id: string, lesson: string) => ({
  id,
  prompt: "",
  points: 1,
  objectives: [] as string[],
  section: { lesson, anchor: "" },
  explanation: "",
  tags: [] as string[],
});

/** A new, empty question of `type` (ids of its parts are short and local to it). */
export function newQuestion(type: QuestionType, id: string, lesson: string): QuestionDraft {
  const common = base(id, lesson);
  switch (type) {
    case "single_choice":
      return {
        ...common,
        type,
        options: [
          { id: "a", text: "", correct: true },
          { id: "b", text: "", correct: false },
          { id: "c", text: "", correct: false },
        ],
      };
    case "multiple_response":
      return {
        ...common,
        type,
        scoring: "all_or_nothing",
        options: [
          { id: "a", text: "", correct: true },
          { id: "b", text: "", correct: true },
          { id: "c", text: "", correct: false },
        ],
      };
    case "true_false":
      return { ...common, type, answer: true };
    case "ordering":
      return {
        ...common,
        type,
        scoring: "pairs",
        items: [
          { id: "a", text: "" },
          { id: "b", text: "" },
          { id: "c", text: "" },
        ],
      };
    case "matching":
      return {
        ...common,
        type,
        prompts: [
          { id: "p1", text: "" },
          { id: "p2", text: "" },
        ],
        answers: [
          { id: "a1", text: "" },
          { id: "a2", text: "" },
        ],
        pairs: [
          { prompt: "p1", answer: "a1" },
          { prompt: "p2", answer: "a2" },
        ],
      };
    case "numeric":
      return { ...common, type, answer: 0, tolerance: { kind: "absolute", value: 0 } };
    case "short_text":
      return { ...common, type, accepted: [""], caseSensitive: false, forgiveSpelling: true };
    case "fill_blanks":
      return {
        ...common,
        type,
        text: "Write the sentence with {{b1}} where the blank goes.",
        forgiveSpelling: true,
        blanks: [{ id: "b1", kind: "text", accepted: [""] }],
      };
  }
}

/** The first id of the form `${prefix}${n}` not in `taken`. */
export function freshId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n += 1) if (!used.has(`${prefix}${String(n)}`)) return `${prefix}${String(n)}`;
}

/** A copy of a question under a new id (its parts keep their local ids). */
export function duplicateQuestion(question: QuestionDraft, taken: Iterable<string>): QuestionDraft {
  const copy = structuredClone(question);
  copy.id = freshId(`${question.id.replace(/-copy\d*$/u, "")}-copy`, taken);
  return copy;
}

/** `list` with the item at `from` moved to `to` (both clamped). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const target = Math.min(Math.max(to, 0), next.length - 1);
  const [item] = next.splice(from, 1);
  if (item === undefined) return [...list];
  next.splice(target, 0, item);
  return next;
}

/** Sets `key` to `value`, or removes it when the value is empty ("" or undefined): optional fields. */
export function withOptional<T extends Record<string, unknown>>(
  object: T,
  key: string,
  value: unknown,
): T {
  const rest = Object.fromEntries(Object.entries(object).filter(([k]) => k !== key));
  return (value === "" || value === undefined ? rest : { ...rest, [key]: value }) as T;
}

/** The quiz draft with the settings filled in as the engine's defaults do (older drafts). */
export function normaliseDraft(content: {
  title: string;
  passPercent: number;
  settings: Partial<QuizSettingsDraft>;
  questions: unknown[];
}): QuizDraft {
  return {
    title: content.title,
    passPercent: content.passPercent,
    settings: {
      attemptsAllowed: content.settings.attemptsAllowed ?? null,
      grading: content.settings.grading ?? "highest",
      shuffleQuestions: content.settings.shuffleQuestions ?? false,
      shuffleOptions: content.settings.shuffleOptions ?? true,
      pools: content.settings.pools ?? [],
      timeLimitSeconds: content.settings.timeLimitSeconds ?? null,
      feedback: content.settings.feedback ?? "after_submit",
      penaltyPerTry: content.settings.penaltyPerTry ?? 0,
      showCorrectAnswers: content.settings.showCorrectAnswers ?? "after_each_attempt",
    },
    questions: content.questions as QuestionDraft[],
  };
}
