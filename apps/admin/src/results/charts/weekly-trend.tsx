"use client";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, XAxis, YAxis } from "recharts";
import { axisTick, chartBase, ChartFigure, percent } from "./chart-figure";

export interface WeekPoint {
  /** Monday of the week, YYYY-MM-DD. */
  week: string;
  attempts: number;
  meanPercent: number | null;
}

/** Attempts per week (bars) and their mean score (line), with the data table. */
export function WeeklyTrend({ weeks }: { weeks: readonly WeekPoint[] }) {
  const busiest = weeks.reduce<WeekPoint | undefined>(
    (top, w) => (!top || w.attempts > top.attempts ? w : top),
    undefined,
  );
  const first = weeks.find((w) => w.meanPercent !== null);
  const last = weeks.findLast((w) => w.meanPercent !== null);
  const summary =
    weeks.length === 0 || !busiest
      ? "No attempts yet."
      : `${weeks.length} week(s) from ${weeks[0]?.week ?? ""}. The busiest week began ${busiest.week} (${busiest.attempts} attempt(s)).` +
        (first && last && first !== last
          ? ` The weekly mean score went from ${percent(first.meanPercent)} to ${percent(last.meanPercent)}.`
          : "");
  return (
    <ChartFigure
      id="weekly-trend"
      title="Attempts and mean score by week"
      summary={summary}
      chart={
        <ComposedChart
          {...chartBase}
          data={[...weeks]}
          margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
        >
          <CartesianGrid stroke="var(--color-border)" strokeOpacity={0.35} vertical={false} />
          <XAxis dataKey="week" tick={axisTick} />
          <YAxis yAxisId="attempts" allowDecimals={false} tick={axisTick} width={56} />
          <YAxis
            yAxisId="score"
            orientation="right"
            domain={[0, 100]}
            unit=" %"
            tick={axisTick}
            width={64}
          />
          <Legend wrapperStyle={{ color: "var(--color-text)" }} />
          <Bar
            yAxisId="attempts"
            dataKey="attempts"
            name="Attempts"
            fill="var(--chart-2)"
            isAnimationActive={false}
          />
          <Line
            yAxisId="score"
            dataKey="meanPercent"
            name="Mean score"
            stroke="var(--chart-mark)"
            strokeWidth={3}
            dot={{ r: 4 }}
            isAnimationActive={false}
            connectNulls
          />
        </ComposedChart>
      }
      table={
        <table className="data-table">
          <caption>Attempts and mean score by week</caption>
          <thead>
            <tr>
              <th scope="col">Week beginning</th>
              <th scope="col" className="numeric">
                Attempts
              </th>
              <th scope="col" className="numeric">
                Mean score
              </th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.week}>
                <th scope="row">{w.week}</th>
                <td className="numeric">{w.attempts}</td>
                <td className="numeric">{percent(w.meanPercent, 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
