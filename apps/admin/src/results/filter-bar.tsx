import {
  ATTEMPT_CHOICE_LABELS,
  ATTEMPT_CHOICES,
  describeFilters,
  type ResultsFilters,
} from "./filter-params";

/**
 * The filters every results view shares. A plain GET form: applying it puts the filters in the
 * URL, which the view, its links and the export buttons read (works without JavaScript too).
 */
export function FilterBar({
  action,
  filters,
  revisions,
  problems = [],
}: {
  /** The view's own path; the form reloads it with the new filters. */
  action: string;
  filters: ResultsFilters;
  /** The quiz's revisions, on a quiz's views; the revision filter is hidden elsewhere. */
  revisions?: readonly { id: string; revision: number; attempts: number }[];
  problems?: readonly string[];
}) {
  return (
    <section className="results-filters" aria-labelledby="results-filters-title">
      <h2 id="results-filters-title" className="results-filters__title">
        Filters
      </h2>
      {problems.length > 0 ? (
        <div role="alert" className="form-alert">
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <form method="get" action={action} className="results-filters__form">
        <div className="results-filters__field">
          <label htmlFor="filter-from">From (first day)</label>
          <input id="filter-from" name="from" type="date" defaultValue={filters.from ?? ""} />
        </div>
        <div className="results-filters__field">
          <label htmlFor="filter-to">To (last day)</label>
          <input id="filter-to" name="to" type="date" defaultValue={filters.to ?? ""} />
        </div>
        {revisions ? (
          <div className="results-filters__field">
            <label htmlFor="filter-revision">Quiz revision</label>
            <select id="filter-revision" name="revision" defaultValue={filters.revision ?? ""}>
              <option value="">Every revision</option>
              {revisions.map((revision) => (
                <option key={revision.id} value={revision.id}>
                  Revision {revision.revision} ({revision.attempts} attempt(s))
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="results-filters__field">
          <label htmlFor="filter-count">Which attempts count</label>
          <select id="filter-count" name="attempts" defaultValue={filters.attempts}>
            {ATTEMPT_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {ATTEMPT_CHOICE_LABELS[choice]}
              </option>
            ))}
          </select>
        </div>
        <div className="results-filters__actions">
          <button type="submit" className="button">
            Apply filters
          </button>
          <a className="button button--secondary" href={action}>
            Clear filters
          </a>
        </div>
      </form>
      <p className="results-filters__summary">
        <strong>Showing:</strong>{" "}
        {describeFilters(
          filters,
          revisions
            ?.filter((r) => r.id === filters.revision)
            .map((r) => `revision ${r.revision}`)[0],
        )}
      </p>
    </section>
  );
}
