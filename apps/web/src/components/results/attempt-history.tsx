import { attemptPath, resultPath } from "~/learning/paths";
import { LocalTime } from "~/time-zone/local-time";

interface AttemptRow {
  attemptId: string;
  attemptNumber: number;
  status: "open" | "submitted";
  percent: number | null;
  passed: boolean | null;
  startedAt: Date;
  submittedAt: Date | null;
  title?: string;
}

/** A learner's attempts as a table, newest first, each linking to its result (or back into it). */
export function AttemptHistory({
  attempts,
  showTitle = false,
  headingLevel = 2,
}: {
  attempts: AttemptRow[];
  showTitle?: boolean;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="attempt-history-title">
      <Heading id="attempt-history-title">Your attempts</Heading>
      {attempts.length === 0 ? (
        <p className="empty-state">
          No attempts yet. When you take a quiz, your scores appear here.
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                {showTitle ? <th scope="col">Quiz</th> : null}
                <th scope="col">Attempt</th>
                <th scope="col">Date</th>
                <th scope="col">Score</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {attempts.map((attempt) => (
                <tr key={attempt.attemptId}>
                  {showTitle ? <td>{attempt.title}</td> : null}
                  <td>{attempt.attemptNumber}</td>
                  <td>
                    <LocalTime date={attempt.submittedAt ?? attempt.startedAt} style="dayAndTime" />
                  </td>
                  <td>
                    {attempt.status === "open"
                      ? "In progress"
                      : `${Math.round(attempt.percent ?? 0)}% · ${attempt.passed ? "passed" : "not passed yet"}`}
                  </td>
                  <td>
                    {attempt.status === "open" ? (
                      <a href={attemptPath(attempt.attemptId)}>
                        Continue
                        <span className="visually-hidden"> attempt {attempt.attemptNumber}</span>
                      </a>
                    ) : (
                      <a href={resultPath(attempt.attemptId)}>
                        See result
                        <span className="visually-hidden">
                          {" "}
                          of attempt {attempt.attemptNumber}
                          {showTitle ? ` of ${attempt.title}` : ""}
                        </span>
                      </a>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
