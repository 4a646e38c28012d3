import type { Quiz } from "@soleus/quiz-engine/schema";
import type { LoadedYamlFile } from "../load/load-course-from-files";
import type { Issue } from "./issues";
import { revealingIds } from "./revealing-ids";

export const LESSON_CHECK_QUESTIONS = { min: 3, max: 5 } as const;
export const FINAL_QUIZ = { minQuestions: 20, minTypes: 6 } as const;

/**
 * Check one quiz's ids: learners receive them, so none may say which answer is right. (Coverage,
 * sections and wrong-answer feedback are item checks: see quiz-items/coverage.ts.)
 */
export function checkQuizQuestions(file: LoadedYamlFile<Quiz>): Issue[] {
  const issues: Issue[] = [];
  file.data.questions.forEach((question, q) => {
    for (const { id, path } of revealingIds(question)) {
      issues.push({
        file: file.path,
        line: file.yaml.lineOf(["questions", q, ...path]),
        message: `question "${question.id}": the id "${id}" gives the answer away (learners receive ids); use a neutral id`,
      });
    }
  });
  return issues;
}

/** A lesson check has 3-5 questions. */
export function checkLessonCheckSize(file: LoadedYamlFile<Quiz>): Issue[] {
  const count = file.data.questions.length;
  if (count >= LESSON_CHECK_QUESTIONS.min && count <= LESSON_CHECK_QUESTIONS.max) return [];
  return [
    {
      file: file.path,
      line: file.yaml.lineOf(["questions"]),
      message: `a lesson check has ${LESSON_CHECK_QUESTIONS.min}-${LESSON_CHECK_QUESTIONS.max} questions; this one has ${count}`,
    },
  ];
}

/** The final quiz has 20+ questions of 6+ types. */
export function checkFinalQuizShape(file: LoadedYamlFile<Quiz>): Issue[] {
  const issues: Issue[] = [];
  const line = file.yaml.lineOf(["questions"]);
  const count = file.data.questions.length;
  const types = new Set(file.data.questions.map((question) => question.type));
  if (count < FINAL_QUIZ.minQuestions)
    issues.push({
      file: file.path,
      line,
      message: `the final quiz needs at least ${FINAL_QUIZ.minQuestions} questions; it has ${count}`,
    });
  if (types.size < FINAL_QUIZ.minTypes) {
    issues.push({
      file: file.path,
      line,
      message: `the final quiz needs at least ${FINAL_QUIZ.minTypes} question types; it has ${types.size} (${[...types].join(", ")})`,
    });
  }
  return issues;
}
