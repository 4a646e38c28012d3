/** Previous / next page links that keep the filters and the search (a nav landmark of its own). */
export function Pager({
  page,
  pageCount,
  hrefFor,
  label,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  label: string;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label}>
      <ul className="results-pager">
        <li>
          {page > 1 ? (
            <a className="button button--secondary" href={hrefFor(page - 1)} rel="prev">
              Previous page
            </a>
          ) : null}
        </li>
        <li aria-current="page">
          Page {page} of {pageCount}
        </li>
        <li>
          {page < pageCount ? (
            <a className="button button--secondary" href={hrefFor(page + 1)} rel="next">
              Next page
            </a>
          ) : null}
        </li>
      </ul>
    </nav>
  );
}
