import type { AdminRouterOutputs } from "@soleus/api";
import { formatNumber, formatPercent, TOO_FEW } from "./format";
import { StatList } from "./stat-list";

type Analysis = AdminRouterOutputs["results"]["itemAnalysis"];

/** Quiz-level statistics; below the engine's minimum sample, "too few attempts to judge". */
export function QuizStatistics({ analysis }: { analysis: Analysis }) {
  const judged = (text: string) => (analysis.tooFewAttempts ? TOO_FEW : text);
  const ratio = (value: number | null, digits = 2) =>
    value === null ? "Not defined" : formatNumber(value, digits);
  return (
    <>
      {analysis.tooFewAttempts ? (
        <p>
          Only {analysis.attempts} attempt(s) in this revision: at least {analysis.minAttempts} are
          needed before these figures can be trusted.
        </p>
      ) : null}
      <StatList
        label="Quiz statistics"
        items={[
          { name: "Attempts analysed", value: formatNumber(analysis.attempts) },
          { name: "Mean", value: judged(formatPercent(analysis.mean, 1)) },
          { name: "Median", value: judged(formatPercent(analysis.median, 1)) },
          { name: "Standard deviation", value: judged(formatPercent(analysis.sd, 1)) },
          { name: "Skewness", value: judged(ratio(analysis.skewness)) },
          { name: "Kurtosis", value: judged(ratio(analysis.kurtosis)) },
          { name: "Cronbach's alpha", value: judged(ratio(analysis.cronbachAlpha)) },
          {
            name: "Error ratio",
            value: judged(
              analysis.errorRatio === null ? "Not defined" : formatPercent(analysis.errorRatio, 1),
            ),
          },
          {
            name: "Standard error",
            value: judged(
              analysis.standardError === null
                ? "Not defined"
                : formatPercent(analysis.standardError, 1),
            ),
          },
        ]}
      />
    </>
  );
}
