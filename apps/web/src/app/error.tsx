"use client";

/** Shown when a page fails to load; the learner keeps the header and footer, and a way on. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section aria-labelledby="error-title">
      <h1 id="error-title">Something went wrong on our side</h1>
      <p>This is not something you did. Please try again in a moment.</p>
      <p>If it keeps happening, the course list is a good place to start again.</p>
      <p className="error-actions">
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>{" "}
        <a className="button button--secondary" href="/courses">
          Go to the courses
        </a>{" "}
        <a className="button button--secondary" href="/">
          Go to the home page
        </a>
      </p>
    </section>
  );
}
