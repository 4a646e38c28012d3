import { STANDARD_DISPLAY } from "~/components/display-settings";
import { StaticSiteShell } from "~/components/static-site-shell";

/** When a prerendered page could not be built (the database is unreachable, say). */
export default function ServerError() {
  return (
    <StaticSiteShell title="Something went wrong" display={STANDARD_DISPLAY}>
      <section aria-labelledby="error-title">
        <h1 id="error-title">Something went wrong on our side</h1>
        <p>This is not something you did. Please try again in a moment.</p>
        <p className="error-actions">
          <a className="button" href="">
            Try again
          </a>{" "}
          <a className="button button--secondary" href="/courses">
            Go to the courses
          </a>{" "}
          <a className="button button--secondary" href="/">
            Go to the home page
          </a>
        </p>
      </section>
    </StaticSiteShell>
  );
}
