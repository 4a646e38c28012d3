/** Shown instead of a figure when the sample is below the engine's minimum. */
export const TOO_FEW = "Too few attempts to judge";

/** "62 %" (or "–" for a figure that is not defined, such as a mean of no attempts). */
export function formatPercent(value: number | null | undefined, digits = 0): string {
  return value === null || value === undefined || Number.isNaN(value)
    ? "–"
    : `${value.toFixed(digits)} %`;
}

/** A duration in words: "4 min 10 s", "1 h 5 min". */
export function formatSeconds(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  const seconds = Math.round(value);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** A number with thousands separators, or "–". */
export function formatNumber(value: number | null | undefined, digits = 0): string {
  return value === null || value === undefined || Number.isNaN(value)
    ? "–"
    : value.toLocaleString("en-GB", {
        maximumFractionDigits: digits,
        minimumFractionDigits: digits,
      });
}

/** An ISO time as a readable UTC date and time ("2 Dec 2026, 14:05 UTC"). */
export function formatDateTime(iso: string | Date | null | undefined): string {
  if (!iso) return "–";
  const date = typeof iso === "string" ? new Date(iso) : iso;
  return `${date.toLocaleString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
  })} UTC`;
}
