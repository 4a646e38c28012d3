"use client";
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from "recharts";
import { axisTick, chartBase, ChartFigure, percent } from "./chart-figure";

/** How often one option was chosen by the top, middle and bottom thirds (by score on the rest of the quiz). */
export interface OptionByThirds {
  optionId: string;
  label: string;
  correct: boolean;
  /** The misconception this wrong option stands for, if the author named one. */
  misconception: string | null;
  /** Attempts in each third (by quiz score) that chose it; the thirds are near-equal in size. */
  top: number;
  middle: number;
  bottom: number;
  /** Attempts that chose it, in all. */
  count: number;
  /** Percent of the attempts asked the question that chose it. */
  percent: number;
}

const THIRDS = [
  { key: "top", name: "Top third", fill: "var(--chart-1)" },
  { key: "middle", name: "Middle third", fill: "var(--chart-2)" },
  { key: "bottom", name: "Bottom third", fill: "var(--chart-3)" },
] as const;

function describe(options: readonly OptionByThirds[]): string {
  if (options.length === 0) return "Nobody has answered this question yet.";
  const wrong = options.filter((o) => !o.correct);
  const drawsStrong = wrong.filter((o) => o.top > o.bottom);
  const strongest = [...wrong].sort((a, b) => b.count - a.count)[0];
  const parts = [`${options.length} option(s).`];
  if (strongest && strongest.count > 0)
    parts.push(
      `The most chosen wrong option is "${strongest.label}" (${strongest.count} time(s)).`,
    );
  if (drawsStrong.length > 0)
    parts.push(
      `Wrong option(s) chosen more by the top third than the bottom third, worth a look: ${drawsStrong.map((o) => `"${o.label}"`).join(", ")}.`,
    );
  else if (wrong.length > 0)
    parts.push("Every wrong option draws the bottom third more than the top third, as it should.");
  return parts.join(" ");
}

/** Option and distractor frequencies split by thirds, with the data table. */
export function ThirdsChart({ options }: { options: readonly OptionByThirds[] }) {
  const data = options.map((o) => ({ ...o, axisLabel: o.correct ? `${o.label} ✓` : o.label }));
  return (
    <ChartFigure
      id="option-thirds"
      title="Who chose each option, by third"
      summary={describe(options)}
      chart={
        <BarChart {...chartBase} data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="var(--color-border)" strokeOpacity={0.35} vertical={false} />
          <XAxis
            dataKey="axisLabel"
            tick={axisTick}
            interval={0}
            tickFormatter={(label: string) =>
              label.length > 18 ? `${label.slice(0, 17)}…` : label
            }
          />
          <YAxis allowDecimals={false} tick={axisTick} width={56} />
          <Legend wrapperStyle={{ color: "var(--color-text)" }} />
          {THIRDS.map((third) => (
            <Bar
              key={third.key}
              dataKey={third.key}
              name={third.name}
              fill={third.fill}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      }
      table={
        <table className="data-table">
          <caption>Who chose each option: attempts in each third, and in all</caption>
          <thead>
            <tr>
              <th scope="col">Option</th>
              <th scope="col">Correct?</th>
              {THIRDS.map((third) => (
                <th key={third.key} scope="col" className="numeric">
                  {third.name}
                </th>
              ))}
              <th scope="col" className="numeric">
                Chosen (all)
              </th>
            </tr>
          </thead>
          <tbody>
            {options.map((o) => (
              <tr key={o.optionId}>
                <th scope="row">{o.label}</th>
                <td>{o.correct ? "Correct" : "Wrong"}</td>
                <td className="numeric">{o.top}</td>
                <td className="numeric">{o.middle}</td>
                <td className="numeric">{o.bottom}</td>
                <td className="numeric">
                  {o.count} ({percent(o.percent)})
                </td>
                <td>{o.misconception ?? "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
