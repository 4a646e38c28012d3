/** The body of a 404 page: says what happened and offers the way home. */
export function NotFoundPage({ homeHref = "/" }: { homeHref?: string }) {
  return (
    <section aria-labelledby="not-found-title">
      <h1 id="not-found-title">We could not find that page</h1>
      <p>The link may be old, or the address may have a typo.</p>
      <p>
        <a className="button" href={homeHref}>
          Go to the home page
        </a>
      </p>
    </section>
  );
}
