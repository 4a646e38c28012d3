import {
  AttemptHistoryTable,
  attemptScoreLabel,
} from "@soleus/learning-ui/results/attempt-history";
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
  return (
    <AttemptHistoryTable
      showTitle={showTitle}
      headingLevel={headingLevel}
      rows={attempts.map((attempt) => ({
        key: attempt.attemptId,
        attemptNumber: attempt.attemptNumber,
        title: attempt.title,
        when: <LocalTime date={attempt.submittedAt ?? attempt.startedAt} style="dayAndTime" />,
        score: attemptScoreLabel(attempt),
        details:
          attempt.status === "open" ? (
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
                {showTitle ? ` of ${attempt.title ?? ""}` : ""}
              </span>
            </a>
          ),
      }))}
    />
  );
}
