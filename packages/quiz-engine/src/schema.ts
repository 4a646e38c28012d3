/**
 * The question and quiz format contract (docs/authoring.md): zod schemas and their types.
 * Importable on its own as `@soleus/quiz-engine/schema`.
 */
export { LIMITS } from "./schemas/limits";
export {
  acknowledgementSchema,
  type Acknowledgement,
  localIdSchema,
  questionIdSchema,
  sectionSchema,
  slugSchema,
  type Section,
} from "./schemas/common";
export {
  choiceBlankSchema,
  textBlankSchema,
  blankSchema,
  fillBlanksQuestionSchema,
  BLANK_PLACEHOLDER,
  type Blank,
  type FillBlanksQuestion,
} from "./schemas/question/fill-blanks";
export { matchingQuestionSchema, type MatchingQuestion } from "./schemas/question/matching";
export {
  multipleResponseOptionSchema,
  multipleResponseQuestionSchema,
  multipleResponseScoringSchema,
  type MultipleResponseQuestion,
  type MultipleResponseScoring,
} from "./schemas/question/multiple-response";
export {
  numericQuestionSchema,
  toleranceSchema,
  unitSchema,
  unitOf,
  type NumericQuestion,
  type Tolerance,
  type Unit,
} from "./schemas/question/numeric";
export {
  orderingQuestionSchema,
  orderingScoringSchema,
  type OrderingQuestion,
  type OrderingScoring,
} from "./schemas/question/ordering";
export { shortTextQuestionSchema, type ShortTextQuestion } from "./schemas/question/short-text";
export {
  singleChoiceOptionSchema,
  singleChoiceQuestionSchema,
  type SingleChoiceQuestion,
} from "./schemas/question/single-choice";
export { trueFalseQuestionSchema, type TrueFalseQuestion } from "./schemas/question/true-false";
export {
  questionSchema,
  QUESTION_TYPES,
  type Question,
  type QuestionInput,
  type QuestionOfType,
  type QuestionType,
} from "./schemas/question";
export {
  poolSchema,
  quizSchema,
  quizSettingsSchema,
  type Grading,
  type Pool,
  type Quiz,
  type QuizInput,
  type QuizSettings,
} from "./schemas/quiz";
export { assignPools } from "./schemas/pools";
export * from "./schemas/response";
export {
  publicQuestionSchema,
  publicQuizSchema,
  type PublicEntry,
  type PublicQuestion,
  type PublicQuiz,
} from "./schemas/public";
