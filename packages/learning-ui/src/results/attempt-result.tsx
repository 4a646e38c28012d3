import type { ReactNode } from "react";
import type { AttemptResult, CorrectAnswer } from "@soleus/quiz-engine";
import type { PublicQuestion, QuizSettings } from "@soleus/quiz-engine/schema";
import { ObjectiveMastery } from "./objective-mastery";
import { QuestionReview } from "./question-review";

type Section = { lesson: string; anchor: string };

/**
 * A submitted attempt's result as the learner sees it: the score against the pass mark, mastery
 * per objective, what to read again, what next (the caller's actions), whether the right answers
 * show, and every question with its feedback — on the learner site and in the editor's preview.
 */
export function AttemptResultView({
  result,
  attemptNumber,
  passPercent,
  corrected,
  objectiveTitles,
  lessonTitle,
  sectionTitle,
  sectionHref,
  questions,
  responses,
  correctAnswers,
  showCorrectAnswers,
  next,
}: {
  result: AttemptResult;
  attemptNumber: number;
  passPercent: number;
  /** A coach corrected the quiz after this attempt and it was scored again. */
  corrected: boolean;
  objectiveTitles: Record<string, string>;
  lessonTitle: (slug: string) => string;
  sectionTitle: (section: Section) => { lesson: string; heading: string };
  sectionHref: (section: Section) => string;
  questions: PublicQuestion[];
  responses: Record<string, unknown>;
  correctAnswers: Record<string, CorrectAnswer> | null;
  showCorrectAnswers: QuizSettings["showCorrectAnswers"];
  /** The "What next" actions: take the quiz again, see progress… */
  next: ReactNode;
}) {
  const percent = Math.round(result.percent);
  return (
    <>
      <section
        className={result.passed ? "result-summary result-summary--passed" : "result-summary"}
        aria-labelledby="score-title"
      >
        <h2 id="score-title">
          {percent}% — {result.passed ? "Passed" : "Not passed yet"}
        </h2>
        <p>
          You scored {Number(result.points.toFixed(2))} of {result.maxPoints} points on attempt{" "}
          {attemptNumber}. The pass mark is {passPercent}%.
          {result.passed
            ? " Well done."
            : " Look at the sections below, then try again when you are ready."}
        </p>
        {corrected ? (
          <p className="result-corrected">
            <strong>This quiz was corrected after you took it.</strong> Your answers were scored
            again with the corrected answers, and the score above is the new one.
          </p>
        ) : null}
      </section>

      <ObjectiveMastery objectives={result.objectives} titles={objectiveTitles} />

      {result.reviewSections.length > 0 ? (
        <section aria-labelledby="review-title">
          <h2 id="review-title">What to read again</h2>
          <ul className="review-links">
            {result.reviewSections.map((section) => (
              <li key={`${section.lesson}#${section.anchor}`}>
                <a href={sectionHref(section)}>
                  {lessonTitle(section.lesson)}: {sectionTitle(section).heading}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="result-actions" aria-labelledby="next-title">
        <h2 id="next-title">What next</h2>
        <div className="button-row">{next}</div>
      </section>

      {correctAnswers === null ? (
        <p className="right-answers-note">
          {showCorrectAnswers === "never"
            ? "This quiz does not show the right answers; the explanations and the sections to read again show what to review."
            : "The right answers show here once you pass this quiz or have used all your attempts."}
        </p>
      ) : null}
      <QuestionReview
        sectionHref={sectionHref}
        questions={questions}
        responses={responses}
        results={result.questions}
        correctAnswers={correctAnswers}
        sectionTitle={sectionTitle}
      />
    </>
  );
}
