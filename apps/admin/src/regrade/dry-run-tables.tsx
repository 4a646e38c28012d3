import type { AdminRouterOutputs } from "@soleus/api";
import { ScrollTable } from "~/results/scroll-table";
import { passFlipText, plural, scoreText } from "./regrade-format";

type DryRun = NonNullable<AdminRouterOutputs["regrade"]["dryRunProgress"]["result"]>;

/** The dry run: what would change, per question and per attempt, before anything changes. */
export function DryRunTables({ dry }: { dry: DryRun }) {
  return (
    <>
      <ul className="regrade-summary">
        <li>
          {plural(dry.examined, "attempt was", "attempts were")} scored on an earlier revision.
        </li>
        <li>
          <strong>
            {plural(dry.changed, "attempt's score changes", "attempts' scores change")}
          </strong>
          : {plural(dry.raised, "goes", "go")} up, {plural(dry.lowered, "goes", "go")} down.
        </li>
        <li>
          {plural(dry.nowPass, "attempt now passes", "attempts now pass")};{" "}
          {plural(dry.nowFail, "attempt now fails", "attempts now fail")}.
        </li>
        <li>{plural(dry.unchanged, "attempt keeps its score", "attempts keep their score")}.</li>
        {dry.incompatible > 0 ? (
          <li>
            {plural(dry.incompatible, "attempt no longer fits", "attempts no longer fit")} the quiz
            and stay as they are
            {dry.firstIncompatibleReason ? ` (${dry.firstIncompatibleReason})` : ""}.
          </li>
        ) : null}
      </ul>
      {dry.perQuestion.length > 0 ? (
        <ScrollTable label="Changes per question">
          <table className="data-table" id="regrade-per-question">
            <caption>Changes per question</caption>
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col" className="numeric">
                  Attempts changed
                </th>
                <th scope="col" className="numeric">
                  Marks up
                </th>
                <th scope="col" className="numeric">
                  Marks down
                </th>
              </tr>
            </thead>
            <tbody>
              {dry.perQuestion.map((q) => (
                <tr key={q.questionId}>
                  <th scope="row">{q.questionId}</th>
                  <td className="numeric">{q.changed}</td>
                  <td className="numeric">{q.raised}</td>
                  <td className="numeric">{q.lowered}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      ) : null}
      {dry.rows.length > 0 ? (
        <ScrollTable label="Attempts whose score would change">
          <table className="data-table" id="regrade-attempts">
            <caption>
              Attempts whose score would change
              {dry.rowsTruncated
                ? ` (the first ${dry.rows.length.toLocaleString("en-GB")} of ${dry.changed.toLocaleString("en-GB")}; every one of them is regraded)`
                : ""}
            </caption>
            <thead>
              <tr>
                <th scope="col">Learner</th>
                <th scope="col" className="numeric">
                  Attempt
                </th>
                <th scope="col">Before</th>
                <th scope="col">After</th>
                <th scope="col">Pass or fail</th>
                <th scope="col">With “only raise scores”</th>
              </tr>
            </thead>
            <tbody>
              {dry.rows.map((row) => (
                <tr key={row.attemptId} data-attempt-id={row.attemptId}>
                  <th scope="row">
                    {row.learner}
                    {row.learner === row.email ? null : (
                      <span className="regrade-email"> ({row.email})</span>
                    )}
                  </th>
                  <td className="numeric">{row.attemptNumber}</td>
                  <td data-cell="before">{scoreText(row.before)}</td>
                  <td data-cell="after">{scoreText(row.after)}</td>
                  <td data-cell="flip">{passFlipText(row.passFlip, row.after.passed)}</td>
                  <td>{row.raises ? "Changed" : "Kept as it was"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      ) : null}
    </>
  );
}
