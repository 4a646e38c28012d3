import type { ReactNode } from "react";

export interface AttemptHistoryRow {
  key: string;
  attemptNumber: number;
  /** When it was submitted (or started, while open), as the page formats times. */
  when: ReactNode;
  /** "In progress", or the score and whether it passed (see `attemptScoreLabel`). */
  score: string;
  /** Where the row leads: its result, or back into the open attempt. */
  details: ReactNode;
  title?: string;
}

/** The score column's words, the same on the learner site and in the preview. */
export function attemptScoreLabel(attempt: {
  status: "open" | "submitted";
  percent: number | null;
  passed: boolean | null;
}): string {
  if (attempt.status === "open") return "In progress";
  return `${String(Math.round(attempt.percent ?? 0))}% · ${attempt.passed ? "passed" : "not passed yet"}`;
}

/** A learner's attempts as a table, newest first: the learner site's and the preview's. */
export function AttemptHistoryTable({
  rows,
  showTitle = false,
  headingLevel = 2,
}: {
  rows: AttemptHistoryRow[];
  showTitle?: boolean;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="attempt-history-title">
      <Heading id="attempt-history-title">Your attempts</Heading>
      {rows.length === 0 ? (
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
              {rows.map((row) => (
                <tr key={row.key}>
                  {showTitle ? <td>{row.title}</td> : null}
                  <td>{row.attemptNumber}</td>
                  <td>{row.when}</td>
                  <td>{row.score}</td>
                  <td>{row.details}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
