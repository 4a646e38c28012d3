import { checkItems } from "@soleus/quiz-engine/item-checks";
import type { Quiz } from "@soleus/quiz-engine/schema";
import { applyAcknowledgements } from "./acknowledgements";
import type { QuizCourseContext, QuizItemFinding } from "./course-context";
import { checkCoverage } from "./coverage";
import { checkReadability } from "./readability";

/**
 * Every item check on one quiz in its course: the quiz engine's item-writing checks plus
 * coverage, sections, wrong-answer feedback and readability, with kept warnings marked. Pure, so
 * the quiz editor can run it as the coach types; `content:check` runs it on every quiz file.
 */
export function checkQuizItems(quiz: Quiz, ctx: QuizCourseContext): QuizItemFinding[] {
  const findings: QuizItemFinding[] = [
    ...checkItems(quiz),
    ...checkCoverage(quiz, ctx),
    ...checkReadability(quiz, ctx),
  ];
  return applyAcknowledgements(quiz, findings);
}

export type { QuizCourseContext, QuizItemFinding, CourseItemCheckCode } from "./course-context";
