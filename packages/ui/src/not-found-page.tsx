import type { ReactNode } from "react";

/** The body of a 404 page: says what happened, offers the course the reader came from (when known) and the way home. */
export function NotFoundPage({
  homeHref = "/",
  course,
  courseFromAddress,
}: {
  homeHref?: string;
  course?: { href: string; title: string } | null;
  /** Rendered instead when the server could not tell the course (e.g. a client-side lookup). */
  courseFromAddress?: ReactNode;
}) {
  return (
    <section aria-labelledby="not-found-title">
      <h1 id="not-found-title">We could not find that page</h1>
      <p>The link may be old, or the address may have a typo.</p>
      <p className="button-row">
        {course ? (
          <a className="button" href={course.href}>
            Back to the course: {course.title}
          </a>
        ) : (
          courseFromAddress
        )}
        <a className={course ? "button button--secondary" : "button"} href={homeHref}>
          Go to the home page
        </a>
      </p>
    </section>
  );
}
