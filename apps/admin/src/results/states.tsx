import type { ReactNode } from "react";

/** What a view shows when no attempt matches: says so, and what would change that. */
export function NoAttemptsYet({ filtered, children }: { filtered: boolean; children?: ReactNode }) {
  return (
    <div className="results-empty">
      <p>
        <strong>No attempts yet.</strong>{" "}
        {filtered
          ? "No attempt matches these filters. Widen the dates or clear the filters."
          : "When learners submit this quiz, their results appear here."}
      </p>
      {children}
    </div>
  );
}
