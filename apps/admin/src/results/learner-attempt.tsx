import { formatDateTime, formatPercent } from "./format";

/** One response as the learner saw it (results.learnerAttempts). */
export interface LearnerResponse {
  questionId: string;
  position: number;
  type: string;
  prompt: string;
  options: readonly { id: string; text: string; correct: boolean; chosen: boolean }[];
  /** Typed answers as text; null for choice questions (see options) or when unanswered. */
  answer: string | null;
  earned: number;
  max: number;
  status: string;
  feedback: readonly string[];
  misconceptions: readonly string[];
  explanation: string;
}

export interface LearnerAttemptView {
  attemptId: string;
  quizTitle: string;
  attemptNumber: number;
  submittedAt: string | null;
  percent: number | null;
  passed: boolean | null;
  responses: readonly LearnerResponse[];
}

const STATUS_WORDS: Record<string, string> = {
  correct: "Right",
  partial: "Partly right",
  incorrect: "Wrong",
  unanswered: "Not answered",
};

/** One attempt and each response, with the feedback the learner was shown. */
export function LearnerAttempt({ attempt }: { attempt: LearnerAttemptView }) {
  const headingId = `attempt-${attempt.attemptId}`;
  return (
    <section aria-labelledby={headingId} className="results-attempt">
      <h3 id={headingId}>
        {attempt.quizTitle}, attempt {attempt.attemptNumber}: {formatPercent(attempt.percent, 1)}
        {attempt.passed === null ? "" : attempt.passed ? " (passed)" : " (not passed)"}
      </h3>
      <p>Submitted {formatDateTime(attempt.submittedAt)}</p>
      <ol className="results-responses">
        {attempt.responses.map((response) => (
          <li key={response.questionId} className="results-response">
            <p>
              <strong>
                Q{response.position}. {response.prompt}
              </strong>
            </p>
            {response.options.length > 0 ? (
              <ul>
                {response.options.map((option) => (
                  <li key={option.id}>
                    {option.text}
                    {option.chosen ? " — chosen" : ""}
                    {option.correct ? " — correct answer" : ""}
                  </li>
                ))}
              </ul>
            ) : null}
            <p>
              {response.options.length > 0
                ? ""
                : `Answer: ${response.answer === null || response.answer === "" ? "(no answer)" : response.answer}. `}
              Marks: {response.earned} of {response.max} (
              {STATUS_WORDS[response.status] ?? response.status}
              ).
            </p>
            {response.feedback.length > 0 ? (
              <div>
                <p>Feedback shown:</p>
                <ul>
                  {response.feedback.map((text) => (
                    <li key={text}>{text}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            {response.misconceptions.length > 0 ? (
              <p>Misconception(s): {response.misconceptions.join("; ")}</p>
            ) : null}
            {response.explanation !== "" ? <p>Explanation: {response.explanation}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
