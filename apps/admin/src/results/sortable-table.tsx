"use client";
import { useId, useMemo, useState, type ReactNode } from "react";
import { ScrollTable } from "./scroll-table";
import { compareCells, type CellValue, type SortDirection } from "./sort-rows";

/** One column: how to read a row's value for sorting, and how to show it. */
export interface Column<Row> {
  key: string;
  header: string;
  /** The value the column sorts by; null sorts last (e.g. "too few attempts to judge"). */
  sortValue?: (row: Row) => CellValue;
  render: (row: Row) => ReactNode;
  numeric?: boolean;
  /** The first column names the row (a row header for screen readers). */
  rowHeader?: boolean;
}

/**
 * A data table whose column headers are buttons that sort it (aria-sort tells screen readers
 * the order; a live message says what changed). Sorting is in the browser: these tables hold
 * one row per question or objective, never one per attempt.
 */
export function SortableTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  initialSort,
}: {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  initialSort?: { key: string; direction: SortDirection };
}) {
  const [sort, setSort] = useState(initialSort);
  const statusId = useId();
  const sorted = useMemo(() => {
    const column = columns.find((c) => c.key === sort?.key);
    const read = column?.sortValue;
    if (!sort || !read) return rows;
    return [...rows].sort((a, b) => compareCells(read(a), read(b), sort.direction));
  }, [rows, columns, sort]);

  function sortBy(column: Column<Row>) {
    const direction: SortDirection =
      sort?.key === column.key && sort.direction === "ascending" ? "descending" : "ascending";
    setSort({ key: column.key, direction });
  }

  const sortedColumn = columns.find((c) => c.key === sort?.key);
  return (
    <div className="results-table">
      <ScrollTable label={caption}>
        <table className="data-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={sort?.key === column.key ? sort.direction : undefined}
                  className={column.numeric ? "numeric" : undefined}
                >
                  {column.sortValue ? (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() => sortBy(column)}
                      aria-describedby={statusId}
                    >
                      {column.header}
                      <span aria-hidden="true" className="sort-button__arrow">
                        {sort?.key !== column.key
                          ? "↕"
                          : sort.direction === "ascending"
                            ? "↑"
                            : "↓"}
                      </span>
                    </button>
                  ) : (
                    column.header
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((column) =>
                  column.rowHeader ? (
                    <th key={column.key} scope="row">
                      {column.render(row)}
                    </th>
                  ) : (
                    <td key={column.key} className={column.numeric ? "numeric" : undefined}>
                      {column.render(row)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <p id={statusId} className="visually-hidden" aria-live="polite">
        {sortedColumn && sort
          ? `Sorted by ${sortedColumn.header}, ${sort.direction}.`
          : "Press a column heading to sort by it."}
      </p>
    </div>
  );
}
