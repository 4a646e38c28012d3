"use client";

import "@soleus/ui/styles.css";

/** The last resort, when even the shared layout failed: a plain page that still offers a way on. */
export default function GlobalError({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <html lang="en-GB">
      <body>
        <main id="main" className="site-main">
          <h1>Something went wrong on our side</h1>
          <p>This is not something you did. Please try again in a moment.</p>
          <p className="error-actions">
            <button type="button" className="button" onClick={reset}>
              Try again
            </button>{" "}
            <a className="button button--secondary" href="/">
              Go to the home page
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
