"use client";
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from "recharts";
import { axisTick, chartBase, ChartFigure } from "./chart-figure";

/** The learner site's mastery levels, weakest first (quiz-engine's MASTERY_LEVELS). */
export const LEVELS = [
  { key: "not_started", name: "Not started", fill: "var(--chart-4)" },
  { key: "attempted", name: "Attempted", fill: "var(--chart-3)" },
  { key: "familiar", name: "Familiar", fill: "var(--chart-2)" },
  { key: "proficient", name: "Proficient", fill: "var(--chart-1)" },
  { key: "mastered", name: "Mastered", fill: "var(--chart-mark)" },
] as const;
export type LevelKey = (typeof LEVELS)[number]["key"];

export interface ObjectiveMastery {
  objectiveId: string;
  title: string;
  /** Learners at each level. */
  learners: Record<LevelKey, number>;
}

function share(row: ObjectiveMastery): { total: number; atLeastProficient: number } {
  const total = LEVELS.reduce((s, l) => s + row.learners[l.key], 0);
  const atLeastProficient =
    total === 0 ? 0 : (100 * (row.learners.proficient + row.learners.mastered)) / total;
  return { total, atLeastProficient };
}

/** "fall risk: 41 % proficient": the share at proficient or mastered, per objective. */
export function masterySentence(row: ObjectiveMastery): string {
  const { total, atLeastProficient } = share(row);
  return total === 0
    ? `${row.title}: no learners yet`
    : `${row.title}: ${Math.round(atLeastProficient)} % proficient or better`;
}

/** Objective mastery across learners as stacked bars (percent of learners per level), with the data table. */
export function MasteryChart({ objectives }: { objectives: readonly ObjectiveMastery[] }) {
  const data = objectives.map((row) => {
    const { total } = share(row);
    const entry: Record<string, string | number> = { title: row.title };
    for (const level of LEVELS)
      entry[level.key] = total === 0 ? 0 : (100 * row.learners[level.key]) / total;
    return entry;
  });
  const ranked = [...objectives].sort(
    (a, b) => share(a).atLeastProficient - share(b).atLeastProficient,
  );
  const summary =
    objectives.length === 0
      ? "No objectives have results yet."
      : `Weakest first: ${ranked.slice(0, 3).map(masterySentence).join("; ")}.`;
  return (
    <ChartFigure
      id="objective-mastery"
      title="Objective mastery across learners"
      summary={summary}
      chart={
        <BarChart
          {...chartBase}
          data={data}
          layout="vertical"
          margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
        >
          <CartesianGrid stroke="var(--color-border)" strokeOpacity={0.35} horizontal={false} />
          <XAxis type="number" domain={[0, 100]} unit=" %" tick={axisTick} />
          <YAxis type="category" dataKey="title" tick={axisTick} width={160} />
          <Legend wrapperStyle={{ color: "var(--color-text)" }} />
          {LEVELS.map((level) => (
            <Bar
              key={level.key}
              dataKey={level.key}
              name={level.name}
              stackId="levels"
              fill={level.fill}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      }
      table={
        <table className="data-table">
          <caption>Learners at each mastery level, per objective</caption>
          <thead>
            <tr>
              <th scope="col">Objective</th>
              {LEVELS.map((level) => (
                <th key={level.key} scope="col" className="numeric">
                  {level.name}
                </th>
              ))}
              <th scope="col" className="numeric">
                Proficient or better
              </th>
            </tr>
          </thead>
          <tbody>
            {objectives.map((row) => (
              <tr key={row.objectiveId}>
                <th scope="row">{row.title}</th>
                {LEVELS.map((level) => (
                  <td key={level.key} className="numeric">
                    {row.learners[level.key]}
                  </td>
                ))}
                <td className="numeric">
                  {share(row).total === 0 ? "–" : `${Math.round(share(row).atLeastProficient)} %`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
