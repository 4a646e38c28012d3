import type { Question, Quiz } from "@soleus/quiz-engine/schema";
import type { LoadedYamlFile } from "../load/load-course-from-files";
import type { Issue } from "./issues";
import { revealingIds } from "./revealing-ids";

export const LESSON_CHECK_QUESTIONS = { min: 3, max: 5 } as const;
export const FINAL_QUIZ = { minQuestions: 20, minTypes: 6 } as const;

export interface QuestionCheckContext {
  objectiveIds: ReadonlySet<string>;
  /** Anchors of each lesson's rendered body, by lesson slug. */
  anchorsByLesson: ReadonlyMap<string, readonly string[]>;
  /** Lessons listed in course.yaml whose files failed to load (already reported). */
  unloadedLessons?: ReadonlySet<string>;
}

/** The wrong answers of a question that must name feedback and a misconception, with their YAML paths. */
function wrongAnswers(question: Question): Array<{ label: string; path: PropertyKey[]; feedback?: string; misconception?: string }> {
  switch (question.type) {
    case "single_choice":
    case "multiple_response":
      return question.options.flatMap((option, index) =>
        option.correct ? [] : [{ label: `wrong option "${option.id}"`, path: ["options", index], feedback: option.feedback, misconception: option.misconception }],
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
 * Check one quiz's questions against the course: objectives, section links and wrong-answer
 * feedback. (A missing explanation is already a schema error from the quiz engine.)
 */
export function checkQuizQuestions(file: LoadedYamlFile<Quiz>, ctx: QuestionCheckContext): Issue[] {
  const issues: Issue[] = [];
  const at = (path: PropertyKey[], message: string): void => {
    issues.push({ file: file.path, line: file.yaml.lineOf(path), message });
  };
  file.data.questions.forEach((question, q) => {
    const base: PropertyKey[] = ["questions", q];
    question.objectives.forEach((id, o) => {
      if (!ctx.objectiveIds.has(id)) at([...base, "objectives", o], `question "${question.id}": unknown objective "${id}" (not in course.yaml)`);
    });
    const anchors = ctx.anchorsByLesson.get(question.section.lesson);
    if (ctx.unloadedLessons?.has(question.section.lesson)) {
      // Reported where the lesson failed to load.
    } else if (!anchors) at([...base, "section", "lesson"], `question "${question.id}": section names lesson "${question.section.lesson}", which is not in the course`);
    else if (!anchors.includes(question.section.anchor)) {
      at([...base, "section", "anchor"], `question "${question.id}": lesson "${question.section.lesson}" has no section "#${question.section.anchor}" (anchors: ${anchors.join(", ")})`);
    }
    for (const { id, path } of revealingIds(question)) {
      at([...base, ...path], `question "${question.id}": the id "${id}" gives the answer away (learners receive ids); use a neutral id`);
    }
    for (const wrong of wrongAnswers(question)) {
      const missing = [wrong.feedback?.trim() ? undefined : "feedback", wrong.misconception?.trim() ? undefined : "misconception"].filter(Boolean);
      if (missing.length > 0) at([...base, ...wrong.path], `question "${question.id}": ${wrong.label} needs ${missing.join(" and ")} naming the mistaken idea`);
    }
  });
  return issues;
}

/** A lesson check has 3-5 questions. */
export function checkLessonCheckSize(file: LoadedYamlFile<Quiz>): Issue[] {
  const count = file.data.questions.length;
  if (count >= LESSON_CHECK_QUESTIONS.min && count <= LESSON_CHECK_QUESTIONS.max) return [];
  return [{ file: file.path, line: file.yaml.lineOf(["questions"]), message: `a lesson check has ${LESSON_CHECK_QUESTIONS.min}-${LESSON_CHECK_QUESTIONS.max} questions; this one has ${count}` }];
}

/** The final quiz has 20+ questions of 6+ types. */
export function checkFinalQuizShape(file: LoadedYamlFile<Quiz>): Issue[] {
  const issues: Issue[] = [];
  const line = file.yaml.lineOf(["questions"]);
  const count = file.data.questions.length;
  const types = new Set(file.data.questions.map((question) => question.type));
  if (count < FINAL_QUIZ.minQuestions) issues.push({ file: file.path, line, message: `the final quiz needs at least ${FINAL_QUIZ.minQuestions} questions; it has ${count}` });
  if (types.size < FINAL_QUIZ.minTypes) {
    issues.push({ file: file.path, line, message: `the final quiz needs at least ${FINAL_QUIZ.minTypes} question types; it has ${types.size} (${[...types].join(", ")})` });
  }
  return issues;
}
