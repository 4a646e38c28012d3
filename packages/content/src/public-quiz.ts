/**
 * `toPublicQuiz` is the only way a quiz reaches a learner: it strips answer keys, feedback and
 * explanations. Re-exported from the quiz engine so content consumers never hand-roll a public view.
 */
export { toPublicQuestion, toPublicQuiz } from "@soleus/quiz-engine/public-view";
export type { PublicQuestion, PublicQuiz } from "@soleus/quiz-engine/schema";
