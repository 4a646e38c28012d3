"use client";
import { TOO_FEW } from "./format";
import { SortableTable, type Column } from "./sortable-table";

/** One question's statistics as the item table shows them (percentages 0..100). */
export interface ItemAnalysisRow {
  questionId: string;
  label: string;
  /** The question type in words ("single choice"). */
  type: string;
  /** The question's own page (options by thirds, misconceptions, wrong responses). */
  href: string;
  attempts: number;
  /** Below the engine's minimum sample: the figures are shown as "too few attempts to judge". */
  tooFew: boolean;
  facility: number;
  facilityInterval: { low: number; high: number };
  sd: number;
  discriminationIndex: number | null;
  discriminativeEfficiency: number | null;
  intendedWeight: number;
  effectiveWeight: number | null;
  flags: readonly { code: string; severity: "problem" | "caution"; message: string }[];
}

const fixed = (value: number | null, digits = 0, unit = ""): string =>
  value === null ? "Not defined" : `${value.toFixed(digits)}${unit}`;

/** A figure, or "too few attempts to judge" when the sample cannot support it. */
function judged(row: ItemAnalysisRow, text: string) {
  return row.tooFew ? <span className="results-too-few">{TOO_FEW}</span> : text;
}
const judgedValue = (row: ItemAnalysisRow, value: number | null) => (row.tooFew ? null : value);

const columns: Column<ItemAnalysisRow>[] = [
  {
    key: "question",
    header: "Question",
    rowHeader: true,
    sortValue: (row) => row.label,
    render: (row) => <a href={row.href}>{row.label}</a>,
  },
  {
    key: "type",
    header: "Type",
    sortValue: (row) => row.type,
    render: (row) => row.type,
  },
  {
    key: "attempts",
    header: "Attempts",
    numeric: true,
    sortValue: (row) => row.attempts,
    render: (row) => row.attempts,
  },
  {
    key: "facility",
    header: "Facility (95 % interval)",
    numeric: true,
    sortValue: (row) => judgedValue(row, row.facility),
    render: (row) =>
      judged(
        row,
        `${row.facility.toFixed(0)} % (${row.facilityInterval.low.toFixed(0)}–${row.facilityInterval.high.toFixed(0)} %)`,
      ),
  },
  {
    key: "discrimination",
    header: "Discrimination",
    numeric: true,
    sortValue: (row) => judgedValue(row, row.discriminationIndex),
    render: (row) => judged(row, fixed(row.discriminationIndex)),
  },
  {
    key: "efficiency",
    header: "Discriminative efficiency",
    numeric: true,
    sortValue: (row) => judgedValue(row, row.discriminativeEfficiency),
    render: (row) => judged(row, fixed(row.discriminativeEfficiency, 0, " %")),
  },
  {
    key: "sd",
    header: "SD",
    numeric: true,
    sortValue: (row) => judgedValue(row, row.sd),
    render: (row) => judged(row, fixed(row.sd, 1, " %")),
  },
  {
    key: "intended",
    header: "Intended weight",
    numeric: true,
    sortValue: (row) => row.intendedWeight,
    render: (row) => fixed(row.intendedWeight, 1, " %"),
  },
  {
    key: "effective",
    header: "Effective weight",
    numeric: true,
    sortValue: (row) => judgedValue(row, row.effectiveWeight),
    render: (row) => judged(row, fixed(row.effectiveWeight, 1, " %")),
  },
  {
    key: "flags",
    header: "Flags and advice",
    sortValue: (row) => row.flags.filter((flag) => flag.severity === "problem").length,
    render: (row) =>
      row.flags.length === 0 ? (
        "No concerns"
      ) : (
        <ul className="results-flags">
          {row.flags.map((flag) => (
            <li key={flag.code} className={`results-flag--${flag.severity}`}>
              {flag.severity === "problem" ? "Problem: " : "Note: "}
              {flag.message}
            </li>
          ))}
        </ul>
      ),
  },
];

/** The item analysis of one quiz: every question's statistics, sortable by any column. */
export function ItemAnalysisTable({ rows }: { rows: readonly ItemAnalysisRow[] }) {
  return (
    <SortableTable
      caption="Item analysis: one row per question"
      columns={columns}
      rows={rows}
      rowKey={(row) => row.questionId}
    />
  );
}
