import type { PublicQuiz } from "@soleus/quiz-engine/schema";

/**
 * The id this attempt shows for the option of a choice question whose text starts with `text`:
 * tests answer by what the learner reads, as a learner does, never by authored id.
 */
export function optionIdByText(quiz: PublicQuiz, questionId: string, text: string): string {
  const question = quiz.questions.find((candidate) => candidate.id === questionId);
  if (question?.type !== "single_choice" && question?.type !== "multiple_response")
    throw new Error(`${questionId} is not a choice question`);
  const option = question.options.find((candidate) => candidate.text.startsWith(text));
  if (!option) throw new Error(`${questionId} shows no option "${text}"`);
  return option.id;
}
