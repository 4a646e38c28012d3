import type { TRPCDefaultErrorShape, TRPCError } from "@trpc/server";
import { authoringDataOf } from "./authoring-errors";

export const INTERNAL_ERROR_MESSAGE =
  "Something went wrong on our side. Please try again in a moment.";
export const UNREADABLE_REQUEST_MESSAGE =
  "This request could not be read. Reload the page and try again.";

interface IssueLike {
  path: PropertyKey[];
  message: string;
}

function issuesOf(cause: unknown): IssueLike[] | null {
  const issues = (cause as { issues?: unknown } | undefined)?.issues;
  return Array.isArray(issues) ? (issues as IssueLike[]) : null;
}

/** "email: Enter an email address" — the first problem, in words, with where it is. */
function describeIssues(issues: IssueLike[]): string {
  const first = issues[0];
  if (!first) return "The request was not valid.";
  const where = first.path.map(String).join(".");
  return `${where ? `${where}: ` : ""}${first.message}`;
}

/**
 * tRPC copies a thrown error's own message ("Maximum call stack size exceeded", "Unexpected
 * end of JSON input") when it wraps a library's failure; every message we mean to show is
 * written by us, so a copied one is never shown.
 */
function isCopiedFromCause(error: TRPCError): boolean {
  return error.cause instanceof Error && error.message === error.cause.message;
}

function clientMessage(
  error: TRPCError,
  shape: TRPCDefaultErrorShape,
  issues: IssueLike[] | null,
): string {
  if (error.code === "INTERNAL_SERVER_ERROR") return INTERNAL_ERROR_MESSAGE;
  if (issues) return describeIssues(issues);
  if (error.code === "PARSE_ERROR" || (error.code === "BAD_REQUEST" && isCopiedFromCause(error)))
    return UNREADABLE_REQUEST_MESSAGE;
  return isCopiedFromCause(error) ? INTERNAL_ERROR_MESSAGE : shape.message;
}

/**
 * Shapes every error a client sees: a clear message, the code and status, and for invalid
 * input the field problems. Never a stack trace, SQL or an internal message: anything that is
 * not a deliberate TRPCError becomes a generic 500, and a body that cannot be parsed a generic
 * 400 (the details go to the server log).
 */
export function formatApiError({
  shape,
  error,
}: {
  shape: TRPCDefaultErrorShape;
  error: TRPCError;
}) {
  const issues = error.code === "BAD_REQUEST" ? issuesOf(error.cause) : null;
  // A save conflict's two versions, or a refused publish's problems (routers/authoring/README.md).
  const authoring = authoringDataOf(error);
  return {
    code: shape.code,
    message: clientMessage(error, shape, issues),
    data: {
      code: shape.data.code,
      httpStatus: shape.data.httpStatus,
      ...(shape.data.path ? { path: shape.data.path } : {}),
      ...(issues
        ? {
            fieldErrors: issues
              .slice(0, 20)
              .map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message })),
          }
        : {}),
      ...(authoring ?? {}),
    },
  };
}
