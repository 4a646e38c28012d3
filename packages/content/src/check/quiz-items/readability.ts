import { questionFinding } from "@soleus/quiz-engine/item-checks";
import type { Quiz } from "@soleus/quiz-engine/schema";
import { READING_GRADE_LIMIT, readingGrade } from "../../reading-grade";
import type { QuizCourseContext, QuizItemFinding } from "./course-context";

/** A prompt as prose: emphasis marks and the fixed "True or false:" frame removed. */
function promptProse(prompt: string): string {
  return prompt.replace(/[*_`]+/gu, "").replace(/^true or false\s*:\s*/iu, "");
}

/** Flesch-Kincaid swings wildly on a few words ("What is plantarflexion?" is grade 9), so shorter prompts are not graded. */
export const MIN_WORDS_TO_GRADE = 8;

/** Readability (warning): a prompt of 8+ words above the course's reading grade (8 by default). */
export function checkReadability(quiz: Quiz, ctx: QuizCourseContext): QuizItemFinding[] {
  const limit = ctx.readingGradeLimit ?? READING_GRADE_LIMIT;
  return quiz.questions.flatMap((question, index) => {
    const { grade, words } = readingGrade([promptProse(question.prompt)]);
    if (words < MIN_WORDS_TO_GRADE || grade <= limit) return [];
    return [
      questionFinding(
        "warning",
        "readability",
        question,
        index,
        ["prompt"],
        `The prompt reads at grade ${grade.toFixed(1)}, above the limit ${limit.toFixed(1)}: some learners will be tested on reading, not on the lesson.`,
        "Split long sentences and use shorter, everyday words.",
      ),
    ];
  });
}
