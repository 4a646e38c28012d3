import type { ReactNode } from "react";

/**
 * The body of the learner site's error pages (App Router `error.tsx`, Pages Router `500`): says it
 * is not the learner's doing and offers a way on. `retry` is the page's own "Try again" control.
 */
export function ServerError({ retry }: { retry: ReactNode }) {
  return (
    <section aria-labelledby="error-title">
      <h1 id="error-title">Something went wrong on our side</h1>
      <p>This is not something you did. Please try again in a moment.</p>
      <p>If it keeps happening, the course list is a good place to start again.</p>
      <p className="error-actions">
        {retry}{" "}
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
