import { formatDateTime, formatPercent } from "./format";
import { ScrollTable } from "./scroll-table";

/** One learner in the list (results.learners rows). */
export interface LearnerListRow {
  userId: string;
  name: string | null;
  email: string;
  quizzesAttempted: number;
  quizzesPassed: number;
  quizzesTotal: number;
  progressPercent: number | null;
  attempts: number;
  bestPercent: number | null;
  lastActivity: string | null;
}

/** The learners of a course: progress, attempts, best score, last activity; the name opens their answers. */
export function LearnersTable({
  rows,
  hrefFor,
  caption,
}: {
  rows: readonly LearnerListRow[];
  hrefFor: (userId: string) => string;
  caption: string;
}) {
  return (
    <ScrollTable label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Learner</th>
            <th scope="col">Progress</th>
            <th scope="col" className="numeric">
              Attempts
            </th>
            <th scope="col" className="numeric">
              Best score
            </th>
            <th scope="col">Last activity</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.userId}>
              <th scope="row">
                <a href={hrefFor(row.userId)}>{row.name ?? row.email}</a>
                {row.name ? <div className="results-muted">{row.email}</div> : null}
              </th>
              <td>
                {row.quizzesPassed} of {row.quizzesTotal} quizzes passed ({row.quizzesAttempted}{" "}
                tried; {formatPercent(row.progressPercent)})
              </td>
              <td className="numeric">{row.attempts}</td>
              <td className="numeric">{formatPercent(row.bestPercent, 1)}</td>
              <td>{formatDateTime(row.lastActivity)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
