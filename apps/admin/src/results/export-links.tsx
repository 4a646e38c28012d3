import { describeFilters, toApiFilter, type ResultsFilters } from "./filter-params";

/**
 * CSV and JSON downloads of attempts and responses with the view's current filters. The export
 * routes stream from the database, so the download starts at once whatever its size.
 */
export function ExportLinks({
  scope,
  filters,
}: {
  /** The course (or quiz) the export is limited to. */
  scope: { courseId?: string; quizId?: string };
  filters: ResultsFilters;
}) {
  const link = (rows: "attempts" | "responses", format: "csv" | "json") => {
    const query = new URLSearchParams({ format, rows });
    for (const [key, value] of Object.entries(toApiFilter(filters, scope))) query.set(key, value);
    return `/api/results/export?${query.toString()}`;
  };
  return (
    <section aria-labelledby="results-export-title">
      <h2 id="results-export-title">Download</h2>
      <p>With the current filters: {describeFilters(filters)}</p>
      <p className="results-actions">
        <a className="button button--secondary" href={link("attempts", "csv")} download>
          Attempts (CSV)
        </a>
        <a className="button button--secondary" href={link("attempts", "json")} download>
          Attempts (JSON)
        </a>
        <a className="button button--secondary" href={link("responses", "csv")} download>
          Responses (CSV)
        </a>
        <a className="button button--secondary" href={link("responses", "json")} download>
          Responses (JSON)
        </a>
      </p>
    </section>
  );
}
