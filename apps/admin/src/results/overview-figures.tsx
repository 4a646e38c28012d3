import type { AdminRouterOutputs } from "@soleus/api";
import { formatNumber, formatPercent, formatSeconds } from "./format";
import { StatList } from "./stat-list";

type Totals = AdminRouterOutputs["results"]["overview"]["totals"];

/** The overview's headline figures: learners, attempts, completion and pass rates, scores, time. */
export function OverviewFigures({ totals }: { totals: Totals }) {
  return (
    <StatList
      label="Headline figures"
      items={[
        { name: "Learners", value: formatNumber(totals.learners) },
        { name: "Attempts counted", value: formatNumber(totals.attempts) },
        { name: "Completion rate", value: formatPercent(totals.completionRate) },
        { name: "Pass rate", value: formatPercent(totals.passRate) },
        { name: "Mean score", value: formatPercent(totals.meanPercent, 1) },
        { name: "Median score", value: formatPercent(totals.medianPercent, 1) },
        { name: "Mean time taken", value: formatSeconds(totals.meanSeconds) },
        { name: "Median time taken", value: formatSeconds(totals.medianSeconds) },
      ]}
    />
  );
}
