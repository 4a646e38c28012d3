/** Types of what the attempts and review procedures return, for the apps (which import only the api). */
export type {
  AttemptResult,
  ObjectiveResult,
  QuestionResult,
  QuestionStatus,
  CorrectAnswer,
  MasteryLevel,
} from "@soleus/quiz-engine";
export type { PublicQuestion, PublicQuiz } from "@soleus/quiz-engine/schema";
