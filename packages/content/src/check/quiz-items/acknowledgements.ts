import type { Quiz } from "@soleus/quiz-engine/schema";
import type { QuizItemFinding } from "./course-context";

/**
 * Attach each question's written reason to the warnings it keeps on purpose, and report every
 * acknowledgement that no longer matches a warning (so stale reasons do not pile up).
 */
export function applyAcknowledgements(
  quiz: Quiz,
  findings: readonly QuizItemFinding[],
): QuizItemFinding[] {
  const used = new Set<string>();
  const result = findings.map((finding): QuizItemFinding => {
    if (finding.severity !== "warning" || finding.questionId === null) return finding;
    const question = quiz.questions.find((q) => q.id === finding.questionId);
    const ack = question?.acknowledged?.find((a) => a.check === finding.check);
    if (!ack) return finding;
    used.add(`${finding.questionId}\u0000${ack.check}`);
    return { ...finding, acknowledged: ack.reason };
  });
  quiz.questions.forEach((question, q) => {
    question.acknowledged?.forEach((ack, a) => {
      if (used.has(`${question.id}\u0000${ack.check}`)) return;
      result.push({
        severity: "error",
        check: "stale-acknowledgement",
        questionId: question.id,
        path: ["questions", q, "acknowledged", a],
        field: `acknowledged.${String(a)}`,
        message: `question "${question.id}" keeps a "${ack.check}" warning that the checks no longer report`,
        advice: "Remove this acknowledgement: the warning it explained is gone.",
      });
    });
  });
  return result;
}
