"use client";
import type { AdminRouterOutputs } from "@soleus/api";
import { formatNumber, formatPercent, formatSeconds } from "./format";
import { SortableTable, type Column } from "./sortable-table";

type QuizRow = AdminRouterOutputs["results"]["overview"]["quizzes"][number] & { href: string };

const columns: Column<QuizRow>[] = [
  {
    key: "quiz",
    header: "Quiz",
    rowHeader: true,
    sortValue: (row) => row.title,
    render: (row) => <a href={row.href}>{row.title}</a>,
  },
  {
    key: "kind",
    header: "Kind",
    sortValue: (row) => row.kind,
    render: (row) => (row.kind === "final" ? "Final quiz" : "Lesson check"),
  },
  {
    key: "learners",
    header: "Learners",
    numeric: true,
    sortValue: (row) => row.learners,
    render: (row) => formatNumber(row.learners),
  },
  {
    key: "attempts",
    header: "Attempts",
    numeric: true,
    sortValue: (row) => row.attempts,
    render: (row) => formatNumber(row.attempts),
  },
  {
    key: "pass",
    header: "Pass rate",
    numeric: true,
    sortValue: (row) => row.passRate,
    render: (row) => `${formatPercent(row.passRate)} (pass mark ${formatPercent(row.passPercent)})`,
  },
  {
    key: "mean",
    header: "Mean score",
    numeric: true,
    sortValue: (row) => row.meanPercent,
    render: (row) => formatPercent(row.meanPercent, 1),
  },
  {
    key: "median",
    header: "Median score",
    numeric: true,
    sortValue: (row) => row.medianPercent,
    render: (row) => formatPercent(row.medianPercent, 1),
  },
  {
    key: "time",
    header: "Median time",
    numeric: true,
    sortValue: (row) => row.medianSeconds,
    render: (row) => formatSeconds(row.medianSeconds),
  },
];

/** Every quiz of the course in scope, with its figures; the name opens its own results. */
export function QuizzesTable({ rows }: { rows: readonly QuizRow[] }) {
  return (
    <SortableTable
      caption="Quizzes: one row per quiz"
      columns={columns}
      rows={rows}
      rowKey={(row) => row.quizId}
    />
  );
}
