import type { Question } from "@soleus/quiz-engine";

/**
 * The stored canonical answer text (packages/db response-columns answerTextOf) shown as the
 * learner would read it: item, prompt and option texts instead of ids.
 */
export function answerDisplay(question: Question, answerText: string): string {
  switch (question.type) {
    case "ordering": {
      const text = new Map(question.items.map((i) => [i.id, i.text]));
      return answerText
        .split(">")
        .map((id) => text.get(id) ?? id)
        .join(" → ");
    }
    case "matching": {
      const prompts = new Map(question.prompts.map((p) => [p.id, p.text]));
      const answers = new Map(question.answers.map((a) => [a.id, a.text]));
      return answerText
        .split(";")
        .map((pair) => {
          const [p = "", a = ""] = pair.split("=");
          return `${prompts.get(p) ?? p} → ${answers.get(a) ?? a}`;
        })
        .join("; ");
    }
    case "fill_blanks": {
      const blanks = [...question.blanks].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return answerText
        .split(" | ")
        .map((value, i) => {
          const blank = blanks[i];
          if (blank?.kind !== "choice") return value;
          return blank.options.find((o) => o.id.toLowerCase() === value)?.text ?? value;
        })
        .join(" | ");
    }
    default:
      return answerText;
  }
}
