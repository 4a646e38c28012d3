/**
 * Size caps for authored content and learner responses. They bound memory and regex work per
 * request; anything larger is rejected with a specific error rather than truncated.
 */
export const LIMITS = {
  idLength: 64,
  titleLength: 200,
  promptLength: 4000,
  optionTextLength: 1000,
  explanationLength: 4000,
  feedbackLength: 2000,
  patternLength: 500,
  /** Choice questions keep their chosen options in a 32-bit mask for statistics. */
  options: 30,
  items: 50,
  acceptedAnswers: 50,
  blanks: 50,
  questionsPerQuiz: 500,
  responseTextLength: 500,
  unitLength: 32,
  seedLength: 256,
} as const;
