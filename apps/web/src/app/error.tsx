"use client";

import { ServerError } from "~/components/server-error";

/** Shown when a page fails to load; the learner keeps the header and footer, and a way on. */
export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <ServerError
      retry={
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>
      }
    />
  );
}
