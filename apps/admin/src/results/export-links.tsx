import { filterSearchParams, describeFilters, type ResultsFilters } from "./filter-params";

/**
 * CSV and JSON downloads of attempts and responses with the view's current filters. The export
 * routes stream from the database, so the download starts at once whatever its size.
 */
export function ExportLinks({
  basePath,
  scope,
  filters,
}: {
  /** The export route's path without the file kind, e.g. /results/export. */
  basePath: string;
  /** course (and quiz) ids the export is limited to. */
  scope: Record<string, string>;
  filters: ResultsFilters;
}) {
  const query = filterSearchParams(filters, scope).toString();
  const link = (what: "attempts" | "responses", format: "csv" | "json") =>
    `${basePath}/${what}.${format}?${query}`;
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
