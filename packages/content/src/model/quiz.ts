/** Quizzes and questions are the quiz engine's: re-exported here, never redefined. */
export {
  questionSchema,
  quizSchema,
  QUESTION_TYPES,
  type Question,
  type QuestionType,
  type Quiz,
} from "@soleus/quiz-engine/schema";
