export type CellValue = number | string | null;
export type SortDirection = "ascending" | "descending";

const collator = new Intl.Collator("en-GB", { numeric: true, sensitivity: "base" });

/**
 * Compares two cells for a table sort. Missing values (null, NaN) always sort last, whichever
 * the direction, so "too few attempts to judge" never hides the figures people came to see.
 */
export function compareCells(a: CellValue, b: CellValue, direction: SortDirection): number {
  const aMissing = a === null || (typeof a === "number" && Number.isNaN(a));
  const bMissing = b === null || (typeof b === "number" && Number.isNaN(b));
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
  const order =
    typeof a === "number" && typeof b === "number" ? a - b : collator.compare(String(a), String(b));
  return direction === "ascending" ? order : -order;
}
