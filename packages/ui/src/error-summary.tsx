"use client";
import { useEffect, useRef } from "react";

export interface FieldProblem {
  /** The id of the field the problem is about (the link moves focus there). */
  fieldId: string;
  /** The problem in the user's words, naming the field ("Enter the coach's name."). */
  message: string;
}

/**
 * "There is a problem" above a form, listing each problem as a link to its field. It takes focus
 * whenever a new set of problems appears (after a failed submission), so keyboard and
 * screen-reader users land on it and hear its title. Renders nothing without problems.
 */
export function ErrorSummary({
  problems,
  title = "There is a problem",
  revision = 0,
}: {
  problems: readonly FieldProblem[];
  title?: string;
  /** Bump after each refused submission, so the same problems twice still move focus here. */
  revision?: number;
}) {
  const box = useRef<HTMLDivElement>(null);
  const key = problems.map((problem) => `${problem.fieldId}:${problem.message}`).join("|");
  useEffect(() => {
    if (key) box.current?.focus();
  }, [key, revision]);
  if (problems.length === 0) return null;
  return (
    <div
      ref={box}
      className="error-summary"
      tabIndex={-1}
      role="group"
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title" className="error-summary__title">
        {title}
      </h2>
      <ul className="error-summary__list">
        {problems.map((problem) => (
          <li key={`${problem.fieldId}:${problem.message}`}>
            <a href={`#${problem.fieldId}`}>{problem.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
