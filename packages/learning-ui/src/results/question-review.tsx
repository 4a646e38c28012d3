import type { CorrectAnswer, QuestionResult } from "@soleus/quiz-engine";
import { InlineMarkdown } from "../inline-markdown";
import type { PublicQuestion } from "@soleus/quiz-engine/schema";
import { describeAnswer, STATUS_WORDS } from "../quiz/answer-text";
import { RightAnswer } from "./right-answer";

const STATUS_MARK = {
  correct: "✓",
  partially_correct: "◐",
  incorrect: "✗",
  unanswered: "–",
} as const;

/** Every question of a submitted attempt: the learner's answer, how it went, feedback, explanation, where to review. */
export function QuestionReview({
  sectionHref,
  questions,
  responses,
  results,
  correctAnswers,
  sectionTitle,
}: {
  /** Where a question's section is read again (the learner site's lesson page, or the preview's). */
  sectionHref: (section: { lesson: string; anchor: string }) => string;
  questions: PublicQuestion[];
  responses: Record<string, unknown>;
  results: QuestionResult[];
  /** Right answers by question id, when the quiz's review option shows them; else null. */
  correctAnswers: Record<string, CorrectAnswer> | null;
  /** A section's heading text and its lesson's title. */
  sectionTitle: (section: { lesson: string; anchor: string }) => {
    heading: string;
    lesson: string;
  };
}) {
  const byId = new Map(results.map((result) => [result.questionId, result]));
  return (
    <section aria-labelledby="questions-title">
      <h2 id="questions-title">Question by question</h2>
      <ol className="question-results">
        {questions.map((question, index) => {
          const result = byId.get(question.id);
          if (!result) return null;
          const answer = describeAnswer(question, responses[question.id]);
          const right = correctAnswers?.[question.id];
          return (
            <li key={question.id} className={`question-result question-result--${result.status}`}>
              <h3 className="question-result__title">
                Question {index + 1}: <span aria-hidden="true">{STATUS_MARK[result.status]} </span>
                {STATUS_WORDS[result.status]}
                <span className="question-result__points">
                  {" "}
                  ({Number(result.earned.toFixed(2))} of {result.max}{" "}
                  {result.max === 1 ? "point" : "points"}
                  {result.penalty > 0
                    ? `; extra tries took off ${Number((result.penalty * 100).toFixed(1))}%`
                    : ""}
                  )
                </span>
              </h3>
              <p className="question-result__prompt">
                <InlineMarkdown text={question.prompt} />
              </p>
              <div className="question-result__answer">
                <strong>Your answer:</strong>{" "}
                {answer.length === 0 ? (
                  "You did not answer this question."
                ) : answer.length === 1 ? (
                  answer[0]
                ) : (
                  <ul>
                    {answer.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                )}
              </div>
              {right ? (
                <RightAnswer
                  question={question}
                  response={responses[question.id]}
                  answer={right}
                  fullyRight={result.status === "correct"}
                />
              ) : null}
              {result.feedback.length > 0 ? (
                <div className="question-result__feedback">
                  <strong>Feedback:</strong>
                  <ul>
                    {result.feedback.map((text) => (
                      <li key={text}>
                        <InlineMarkdown text={text} />
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              <p>
                <strong>Why:</strong> <InlineMarkdown text={result.explanation} />
              </p>
              <p>
                <a href={sectionHref(result.section)}>
                  Review “{sectionTitle(result.section).heading}” in “
                  {sectionTitle(result.section).lesson}”
                  <span className="visually-hidden"> (question {index + 1})</span>
                </a>
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
