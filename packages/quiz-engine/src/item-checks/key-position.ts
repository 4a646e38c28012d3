import type { Quiz } from "../schemas/quiz";
import { questionFinding, type ItemFinding } from "./finding";
import { isPattern } from "./option-lists";

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

function positionName(index: number): string {
  return `option ${LETTERS[index] ?? String(index + 1)} (position ${index + 1})`;
}

/**
 * Key position (error), only for quizzes that show options in authored order: no position may
 * hold more than 40 % of the single-choice keys, and a multiple-response question may not list
 * all its correct options before all its wrong ones.
 */
export function checkKeyPosition(quiz: Quiz): ItemFinding[] {
  if (quiz.settings.shuffleOptions) return [];
  const findings: ItemFinding[] = [];
  const byPosition = new Map<number, number[]>();
  quiz.questions.forEach((question, index) => {
    if (question.type === "single_choice") {
      const key = question.options.findIndex((o) => o.correct);
      byPosition.set(key, [...(byPosition.get(key) ?? []), index]);
    }
    if (question.type === "multiple_response") {
      const lastKey = question.options.findLastIndex((o) => o.correct);
      const firstWrong = question.options.findIndex((o) => !o.correct);
      if (firstWrong !== -1 && lastKey < firstWrong) {
        findings.push(
          questionFinding(
            "error",
            "key-position",
            question,
            index,
            ["options"],
            "All the correct options come before the wrong ones, and this quiz shows options in the order they are written.",
            "Mix the correct options in among the wrong ones, or turn on shuffleOptions for the quiz.",
          ),
        );
      }
    }
  });
  const total = [...byPosition.values()].reduce((sum, list) => sum + list.length, 0);
  for (const [position, indexes] of byPosition) {
    if (!isPattern(indexes.length, total)) continue;
    const ids = indexes.map((i) => quiz.questions[i]?.id ?? "").join(", ");
    findings.push({
      severity: "error",
      check: "key-position",
      questionId: null,
      path: ["settings", "shuffleOptions"],
      field: "settings.shuffleOptions",
      message: `${indexes.length} of ${total} single-choice answers are ${positionName(position)} (${ids}), and this quiz shows options in the order they are written. A learner who spots the pattern can score without reading.`,
      advice:
        "Turn on shuffleOptions, or move the correct options so that no position holds more than 40 % of them.",
    });
  }
  return findings;
}
