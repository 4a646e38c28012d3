import type { ReactNode } from "react";
import type { LearnerQuizFacts } from "@soleus/quiz-engine";
import { QuizFacts } from "./quiz-facts";

/**
 * A quiz's "Before you start": its facts, how the player works, and the start control (the
 * learner site's form, or the preview's button), as both the learner site and the preview show it.
 */
export function QuizIntro({
  facts,
  open,
  start,
}: {
  facts: LearnerQuizFacts;
  /** The learner has an attempt open (they continue it instead of starting one). */
  open: boolean;
  start: ReactNode;
}) {
  return (
    <section className="quiz-intro" aria-labelledby="quiz-intro-title">
      <h2 id="quiz-intro-title">Before you start</h2>
      <QuizFacts facts={facts} open={open} />
      <ul className="feature-list">
        <li>You see one question at a time and can move back and forth freely.</li>
        {facts.feedback === "immediate" ? (
          <li>
            “Check my answer” tells you at once whether an answer is right, with feedback, and you
            can change it and check again.
          </li>
        ) : null}
        <li>
          Your answers are saved as you go. You can stop and carry on later, on this or another
          device.
        </li>
        <li>
          Nothing counts until you choose “Finish and submit”. Then you see your score and what to
          review.
        </li>
      </ul>
      {start}
    </section>
  );
}
