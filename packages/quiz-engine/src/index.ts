/** @soleus/quiz-engine: pure question types, scoring, attempts, mastery, review and item statistics. */
export * from "./schema";
export {
  QuizEngineError,
  isQuizEngineError,
  type QuizEngineErrorCode,
  type QuizEngineIssue,
  type IssuePath,
} from "./errors";
export { parseQuiz, parseQuestion } from "./validated";
export {
  validateResponse,
  scoreQuestion,
  type QuestionScore,
  type QuestionStatus,
} from "./scoring";
export { scoreAttempt, type AttemptScore, type ScoredQuestion } from "./score-attempt";
export { toPublicQuestion, toPublicQuiz, layoutQuestion } from "./public-view";
export { attemptSchema, type Attempt, type CheckRecord } from "./attempt/attempt";
export { parseAttempt } from "./attempt/parse-attempt";
export {
  assembleAttempt,
  displayOrderOf,
  questionsPerAttempt,
  DEFAULT_GRACE_SECONDS,
  type AssembleOptions,
} from "./attempt/assemble";
export {
  responseForLearner,
  responseFromLearner,
  responsesForLearner,
} from "./attempt/learner-ids";
export { opaqueIdMap, type OptionIdMap } from "./attempt/opaque-ids";
export {
  acceptsResponses,
  checkAnswer,
  clearResponse,
  recordResponse,
  resultOfAttempt,
  submitAttempt,
  type CheckedAnswer,
  type ResponseIds,
  type SubmitOptions,
} from "./attempt/lifecycle";
export { resumePosition, visitQuestion } from "./attempt/resume";
export { createSeededRandom, type SeededRandom } from "./attempt/seeded-random";
export type { AttemptResult, ObjectiveResult, QuestionResult } from "./result";
export {
  correctAnswersForLearner,
  mayShowCorrectAnswers,
  type CorrectAnswer,
  type ReviewStanding,
} from "./review/correct-answers";
export {
  MASTERY_LEVELS,
  masteryLevel,
  masteryThresholdsSchema,
  parseMasteryThresholds,
  type MasteryLevel,
  type MasteryThresholds,
} from "./mastery";
export { gradeAcrossAttempts, type GradedAttempt } from "./grading";
export {
  scheduleReviews,
  type ReviewEvent,
  type ReviewItem,
  type ReviewSchedule,
} from "./review-scheduler";
export { normaliseAnswer } from "./text/normalise";
export type { Layout } from "./types/question-type";
export {
  computeQuizStatistics,
  type QuizStatistics,
  type QuestionStatistics,
} from "./statistics/quiz";
export {
  createStatisticsMatrix,
  statisticsItemsOf,
  type StatisticsItem,
  type StatisticsMatrix,
} from "./statistics/matrix";
export {
  matrixFromAttempts,
  choiceMask,
  type AttemptSelection,
  type LearnerAttempt,
} from "./statistics/from-attempts";
export {
  flagItem,
  DEFAULT_FLAG_THRESHOLDS,
  type FlagThresholds,
  type ItemFlag,
  type ItemFlagCode,
} from "./statistics/flags";
export { effectiveWeights, type ItemStatistics } from "./statistics/item";
export type { OptionFrequency } from "./statistics/frequencies";
export { wilsonInterval } from "./statistics/wilson";
export { regradeAttempt, type RegradeOutcome, type StoredScore } from "./regrade";
export { checkOutcomeForLearner, type LearnerCheckOutcome } from "./learner/check-outcome";
export { quizFactsForLearner, type LearnerQuizFacts } from "./learner/quiz-facts";
export { learnerMessageOf, type LearnerRefusalKind } from "./learner/error-message";
