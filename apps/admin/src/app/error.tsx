"use client";

/** Shown when a page fails to load; the learner keeps the header and can try again. */
export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <section aria-labelledby="error-title">
      <h1 id="error-title">Something went wrong on our side</h1>
      <p>Your work so far is saved. Please try again in a moment.</p>
      <p>
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>{" "}
        <a className="button button--secondary" href="/">
          Go to the home page
        </a>
      </p>
    </section>
  );
}
