"use client";
import type { PublicQuestion } from "@soleus/quiz-engine/schema";
import { isAnswered } from "./answer-text";

/** Every question by number, marked answered or not, to jump around the quiz. */
export function QuestionNav({
  questions,
  responses,
  current,
  onGoTo,
}: {
  questions: PublicQuestion[];
  responses: Record<string, unknown>;
  current: number;
  onGoTo: (index: number) => void;
}) {
  return (
    <nav className="question-nav" aria-labelledby="question-nav-title">
      <h2 id="question-nav-title" className="question-nav__title">
        All questions
      </h2>
      <p className="question-hint">Answered questions are marked with a tick.</p>
      <ol className="question-nav__list">
        {questions.map((question, index) => {
          const answered = isAnswered(question, responses[question.id]);
          return (
            <li key={question.id}>
              <button
                type="button"
                className={
                  answered
                    ? "question-nav__item question-nav__item--answered"
                    : "question-nav__item"
                }
                aria-current={index === current ? "step" : undefined}
                aria-label={`Question ${index + 1}, ${answered ? "answered" : "not answered"}`}
                onClick={() => onGoTo(index)}
              >
                <span aria-hidden="true">
                  {answered ? "✓ " : ""}
                  {index + 1}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
