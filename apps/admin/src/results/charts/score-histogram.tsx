"use client";
import { Bar, BarChart, CartesianGrid, ReferenceLine, XAxis, YAxis } from "recharts";
import { axisTick, chartBase, ChartFigure } from "./chart-figure";

/** One bar of the histogram: scores from `from` % up to (not including) `to` %, 100 included in the last. */
export interface ScoreBin {
  from: number;
  to: number;
  count: number;
}

function binLabel(bin: ScoreBin, last: boolean): string {
  return last ? `${bin.from}–${bin.to} %` : `${bin.from}–under ${bin.to} %`;
}

/** Score distribution with the pass mark drawn, and its data table. */
export function ScoreHistogram({
  bins,
  passMark,
}: {
  bins: readonly ScoreBin[];
  passMark: number | null;
}) {
  const total = bins.reduce((sum, bin) => sum + bin.count, 0);
  const passed =
    passMark === null ? 0 : bins.filter((b) => b.from >= passMark).reduce((s, b) => s + b.count, 0);
  const largest = bins.reduce<ScoreBin | undefined>(
    (top, bin) => (!top || bin.count > top.count ? bin : top),
    undefined,
  );
  const data = bins.map((bin) => ({ ...bin, middle: (bin.from + bin.to) / 2 }));
  const summary =
    total === 0
      ? "No attempts yet."
      : `${total} attempt(s). The most common score band is ${largest ? binLabel(largest, largest === bins.at(-1)) : "–"}.` +
        (passMark === null
          ? " This quiz has no pass mark."
          : ` The pass mark is ${passMark} %; ${passed} attempt(s) scored in a band at or above it.`);
  return (
    <ChartFigure
      id="score-distribution"
      title="Score distribution"
      summary={summary}
      chart={
        <BarChart
          {...chartBase}
          data={data}
          margin={{ top: 24, right: 16, bottom: 24, left: 8 }}
          barCategoryGap={1}
        >
          <CartesianGrid stroke="var(--color-border)" strokeOpacity={0.35} vertical={false} />
          <XAxis
            dataKey="middle"
            type="number"
            domain={[0, 100]}
            ticks={[0, 20, 40, 60, 80, 100]}
            tick={axisTick}
            unit=" %"
          />
          <YAxis allowDecimals={false} tick={axisTick} width={48} />
          <Bar dataKey="count" fill="var(--chart-1)" isAnimationActive={false} />
          {passMark === null ? null : (
            <ReferenceLine
              x={passMark}
              stroke="var(--chart-mark)"
              strokeWidth={3}
              strokeDasharray="6 4"
              label={{
                value: `Pass mark ${passMark} %`,
                position: "top",
                fill: "var(--color-text)",
                fontSize: "0.9rem",
              }}
            />
          )}
        </BarChart>
      }
      table={
        <table className="data-table">
          <caption>Score distribution: attempts per score band</caption>
          <thead>
            <tr>
              <th scope="col">Score</th>
              <th scope="col" className="numeric">
                Attempts
              </th>
              <th scope="col">Against the pass mark</th>
            </tr>
          </thead>
          <tbody>
            {bins.map((bin, index) => (
              <tr key={bin.from}>
                <th scope="row">{binLabel(bin, index === bins.length - 1)}</th>
                <td className="numeric">{bin.count}</td>
                <td>
                  {passMark === null
                    ? "No pass mark"
                    : bin.from >= passMark
                      ? "Pass"
                      : bin.to <= passMark
                        ? "Below"
                        : "Pass mark in this band"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
