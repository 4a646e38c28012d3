import { questionFinding } from "@soleus/quiz-engine/item-checks";
import type { Question, Quiz } from "@soleus/quiz-engine/schema";
import type { QuizCourseContext, QuizItemFinding } from "./course-context";

/** Each objective a quiz assesses needs this many of its questions for its mastery score to mean something. */
export const MIN_QUESTIONS_PER_QUIZ_OBJECTIVE = 3;

/** The wrong answers of a question that must name feedback and a misconception, with their paths. */
function wrongAnswers(
  question: Question,
): { label: string; path: (string | number)[]; feedback?: string; misconception?: string }[] {
  switch (question.type) {
    case "single_choice":
    case "multiple_response":
      return question.options.flatMap((option, index) =>
        option.correct
          ? []
          : [
              {
                label: `wrong option "${option.id}"`,
                path: ["options", index],
                feedback: option.feedback,
                misconception: option.misconception,
              },
            ],
      );
    case "true_false":
      return [
        {
          label: `wrong answer "${String(!question.answer)}"`,
          path: [question.answer ? "feedbackFalse" : "feedbackTrue"],
          feedback: question.answer ? question.feedbackFalse : question.feedbackTrue,
          misconception: question.misconception,
        },
      ];
    default:
      return [];
  }
}

/**
 * Coverage (errors): every objective the quiz assesses has at least 3 of its questions, every
 * question's objectives and section exist, and every wrong option has feedback and a misconception.
 */
export function checkCoverage(quiz: Quiz, ctx: QuizCourseContext): QuizItemFinding[] {
  const findings: QuizItemFinding[] = [];
  quiz.questions.forEach((question, q) => {
    question.objectives.forEach((id, o) => {
      if (ctx.objectiveIds.has(id)) return;
      findings.push(
        questionFinding(
          "error",
          "unknown-objective",
          question,
          q,
          ["objectives", o],
          `unknown objective "${id}" (not in course.yaml)`,
          "Use one of the objective ids listed in course.yaml, or add the objective there.",
        ),
      );
    });
    const { lesson, anchor } = question.section;
    const anchors = ctx.anchorsByLesson.get(lesson);
    if (ctx.unloadedLessons?.has(lesson)) {
      // Reported where the lesson failed to load.
    } else if (!anchors) {
      findings.push(
        questionFinding(
          "error",
          "section",
          question,
          q,
          ["section", "lesson"],
          `section names lesson "${lesson}", which is not in the course`,
          "Name the lesson (its slug) that teaches what this question asks.",
        ),
      );
    } else if (!anchors.includes(anchor)) {
      findings.push(
        questionFinding(
          "error",
          "section",
          question,
          q,
          ["section", "anchor"],
          `lesson "${lesson}" has no section "#${anchor}" (anchors: ${anchors.join(", ")})`,
          "Point the section at the heading that teaches this question, so learners who miss it are sent there.",
        ),
      );
    }
    for (const wrong of wrongAnswers(question)) {
      const missing = [
        wrong.feedback?.trim() ? undefined : "feedback",
        wrong.misconception?.trim() ? undefined : "misconception",
      ].filter(Boolean);
      if (missing.length === 0) continue;
      findings.push(
        questionFinding(
          "error",
          "wrong-answer-feedback",
          question,
          q,
          wrong.path,
          `${wrong.label} needs ${missing.join(" and ")} naming the mistaken idea`,
          "Say why a learner might choose this answer and what the lesson says instead; name the misconception in a few words.",
        ),
      );
    }
  });
  const counts = new Map<string, number>();
  for (const question of quiz.questions)
    for (const id of new Set(question.objectives)) counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const [id, count] of counts) {
    if (count >= MIN_QUESTIONS_PER_QUIZ_OBJECTIVE || !ctx.objectiveIds.has(id)) continue;
    findings.push({
      severity: "error",
      check: "objective-coverage",
      questionId: null,
      path: ["questions"],
      field: "questions",
      message: `objective "${id}" is assessed by ${count} question(s) in this quiz; it needs at least ${MIN_QUESTIONS_PER_QUIZ_OBJECTIVE} for its mastery score to mean something`,
      advice: `Add questions on "${id}" to this quiz, or remove "${id}" from questions where it is only a side topic.`,
    });
  }
  return findings;
}
