"use client";

/** A results view failed: say so plainly, keep the filters (the URL), offer to try again. */
export default function ResultsError({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <section aria-labelledby="results-error-title">
      <h1 id="results-error-title">The results could not be loaded</h1>
      <p role="alert">
        Something went wrong on our side while computing these figures. Nothing was changed. Try
        again in a moment; if it keeps happening, tell the person who runs Soleus.
      </p>
      <p className="results-actions">
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>
        <a className="button button--secondary" href="/results">
          All courses&apos; results
        </a>
      </p>
    </section>
  );
}
