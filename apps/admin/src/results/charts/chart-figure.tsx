import type { ReactNode } from "react";
import { ScrollTable } from "../scroll-table";

/**
 * The accessible-chart pattern (decision 0034): a figure whose caption carries the title and a
 * sentence or two saying what the chart shows; the drawing itself is hidden from assistive
 * technology, because the data table that always follows it says the same, exactly.
 */
export function ChartFigure({
  id,
  title,
  summary,
  chart,
  table,
}: {
  id: string;
  title: string;
  summary: ReactNode;
  chart: ReactNode;
  table: ReactNode;
}) {
  return (
    <figure className="chart-figure" aria-labelledby={`${id}-title`}>
      <figcaption>
        <h3 id={`${id}-title`} className="chart-figure__title">
          {title}
        </h3>
        <p className="chart-figure__summary">{summary}</p>
      </figcaption>
      <div className="chart-figure__chart" aria-hidden="true">
        {chart}
      </div>
      <ScrollTable label={`${title}: data table`}>{table}</ScrollTable>
    </figure>
  );
}

/** Recharts props shared by every chart: no keyboard layer (the table is the accessible form). */
export const chartBase = {
  accessibilityLayer: false,
  responsive: true,
  style: { width: "100%", height: "100%" },
} as const;

/** Axis text at the page's reading size and colour. */
export const axisTick = { fill: "var(--color-text)", fontSize: "0.9rem" } as const;

export const percent = (value: number | null, digits = 0): string =>
  value === null || Number.isNaN(value) ? "–" : `${value.toFixed(digits)} %`;
