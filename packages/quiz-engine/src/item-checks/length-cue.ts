import type { Question } from "../schemas/question";
import type { Quiz } from "../schemas/quiz";
import { questionFinding, type ItemFinding } from "./finding";
import { isPattern } from "./option-lists";
import { textLength } from "./text";

/** A key at least this many times the longest wrong option's length stands out... */
export const LENGTH_CUE_RATIO = 1.3;
/** ...when it is also at least this many characters longer (so "Yes" / "No" is no cue). */
export const LENGTH_CUE_MIN_EXTRA = 8;

/** Whether the shortest correct option of a choice question is clearly longer than every wrong one. */
export function hasLengthCue(question: Question): boolean {
  if (question.type !== "single_choice" && question.type !== "multiple_response") return false;
  const keys = question.options.filter((o) => o.correct).map((o) => textLength(o.text));
  const wrong = question.options.filter((o) => !o.correct).map((o) => textLength(o.text));
  if (keys.length === 0 || wrong.length === 0) return false;
  const shortestKey = Math.min(...keys);
  const longestWrong = Math.max(...wrong);
  return (
    shortestKey >= LENGTH_CUE_RATIO * longestWrong &&
    shortestKey - longestWrong >= LENGTH_CUE_MIN_EXTRA
  );
}

/**
 * Length cue: a warning on each choice question whose key is the longest option by a clear
 * margin (>= 1.3x and >= 8 characters longer than the longest wrong option), and an error for
 * the quiz when that holds for more than 40 % of its single-choice questions.
 */
export function checkLengthCue(quiz: Quiz): ItemFinding[] {
  const findings: ItemFinding[] = [];
  let singleChoice = 0;
  const cued: string[] = [];
  quiz.questions.forEach((question, index) => {
    if (question.type === "single_choice") singleChoice++;
    if (!hasLengthCue(question)) return;
    if (question.type === "single_choice") cued.push(question.id);
    findings.push(
      questionFinding(
        "warning",
        "length-cue",
        question,
        index,
        ["options"],
        question.type === "single_choice"
          ? "The correct option is clearly the longest. Learners learn that the longest answer is usually right."
          : "Every correct option is clearly longer than every wrong one, so length alone picks them.",
        "Make the wrong options as specific and as long as the correct one, or shorten the correct one.",
      ),
    );
  });
  if (isPattern(cued.length, singleChoice)) {
    findings.push({
      severity: "error",
      check: "length-cue",
      questionId: null,
      path: ["questions"],
      field: "questions",
      message: `In ${cued.length} of ${singleChoice} single-choice questions the correct option is clearly the longest (${cued.join(", ")}). "Pick the longest" scores well in this quiz.`,
      advice:
        "Rewrite options so that the longest one is correct in no more than 40 % of the single-choice questions.",
    });
  }
  return findings;
}
