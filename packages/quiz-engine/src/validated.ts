import { parseOrThrow } from "./errors";
import { deepFreeze } from "./freeze";
import { questionSchema, type Question } from "./schemas/question";
import { quizSchema, type Quiz } from "./schemas/quiz";

/**
 * Definitions that already passed validation, by identity. Parsed values are deep-frozen, so a
 * definition in this set cannot have changed since: hot paths (scoring a million attempts) skip
 * re-validation while every public function still refuses unvalidated input.
 */
const validatedQuizzes = new WeakSet<object>();
const validatedQuestions = new WeakSet<object>();

/** Validate a quiz definition (as written by an author) and return it with defaults filled in. */
export function parseQuiz(input: unknown): Quiz {
  if (typeof input === "object" && input !== null && validatedQuizzes.has(input))
    return input as Quiz;
  const quiz = deepFreeze(parseOrThrow(quizSchema, input, "invalid_quiz"));
  validatedQuizzes.add(quiz);
  for (const question of quiz.questions) validatedQuestions.add(question);
  return quiz;
}

/** Validate one question definition and return it with defaults filled in. */
export function parseQuestion(input: unknown): Question {
  if (typeof input === "object" && input !== null && validatedQuestions.has(input))
    return input as Question;
  const question = deepFreeze(parseOrThrow(questionSchema, input, "invalid_question"));
  validatedQuestions.add(question);
  return question;
}
