import type { z } from "zod";

export type QuizEngineErrorCode =
  | "invalid_quiz"
  | "invalid_question"
  | "invalid_response"
  | "unknown_question"
  | "invalid_argument"
  | "invalid_attempt"
  | "attempt_submitted"
  | "attempt_expired"
  | "attempts_exhausted"
  | "question_locked"
  | "invalid_statistics_input";

export type IssuePath = readonly (string | number)[];

export interface QuizEngineIssue {
  path: IssuePath;
  message: string;
}

/**
 * The one error the engine throws. `code` says what kind of problem, `path` where (first issue),
 * `issues` lists every problem found. Bad input never yields a TypeError or a wrong score.
 */
export class QuizEngineError extends Error {
  override readonly name = "QuizEngineError";
  readonly code: QuizEngineErrorCode;
  readonly path: IssuePath;
  readonly issues: readonly QuizEngineIssue[];

  constructor(code: QuizEngineErrorCode, issues: readonly QuizEngineIssue[]) {
    const first = issues[0] ?? { path: [], message: code };
    super(`${code}: ${issues.map(formatIssue).join("; ")}`);
    this.code = code;
    this.path = first.path;
    this.issues = issues;
  }
}

/** Narrow an unknown caught value to a QuizEngineError. */
export function isQuizEngineError(error: unknown): error is QuizEngineError {
  return error instanceof QuizEngineError;
}

function formatIssue(issue: QuizEngineIssue): string {
  return issue.path.length === 0 ? issue.message : `${issue.path.join(".")}: ${issue.message}`;
}

/** Throw a QuizEngineError with a single issue. */
export function fail(code: QuizEngineErrorCode, path: IssuePath, message: string): never {
  throw new QuizEngineError(code, [{ path, message }]);
}

/** Convert zod issues, prefixing their paths with where the value came from. */
export function fromZod(
  code: QuizEngineErrorCode,
  error: z.ZodError,
  prefix: IssuePath = [],
): QuizEngineError {
  return new QuizEngineError(
    code,
    error.issues.map((issue) => ({
      path: [...prefix, ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))],
      message: issue.message,
    })),
  );
}

/** Parse with a zod schema or throw a QuizEngineError that says what and where. */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  value: unknown,
  code: QuizEngineErrorCode,
  prefix: IssuePath = [],
): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw fromZod(code, result.error, prefix);
  return result.data;
}

/**
 * Callers in plain JavaScript (or with data from JSON) can pass anything whatever the static
 * types say, so public functions check shapes at run time. These checks take `unknown` on
 * purpose: the compiler cannot narrow a typed parameter away, and "unnecessary" is exactly
 * what a defensive check looks like to it.
 */
export function isPlainRecord(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** See isPlainRecord: a run-time check for a non-empty string. */
export function isNonEmptyString(value: unknown): boolean {
  return typeof value === "string" && value !== "";
}

/** See isPlainRecord: a run-time array check that leaves the parameter's static type alone. */
export function isArray(value: unknown): boolean {
  return Array.isArray(value);
}
