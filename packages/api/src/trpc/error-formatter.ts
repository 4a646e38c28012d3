import type { TRPCDefaultErrorShape, TRPCError } from "@trpc/server";

export const INTERNAL_ERROR_MESSAGE = "Something went wrong on our side. Please try again in a moment.";

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
 * Shapes every error a client sees: a clear message, the code and status, and for invalid
 * input the field problems. Never a stack trace, SQL or an internal message: anything that is
 * not a deliberate TRPCError becomes a generic 500 (the details go to the server log).
 */
export function formatApiError({ shape, error }: { shape: TRPCDefaultErrorShape; error: TRPCError }) {
  const issues = error.code === "BAD_REQUEST" ? issuesOf(error.cause) : null;
  const message =
    error.code === "INTERNAL_SERVER_ERROR" ? INTERNAL_ERROR_MESSAGE : issues ? describeIssues(issues) : shape.message;
  return {
    code: shape.code,
    message,
    data: {
      code: shape.data.code,
      httpStatus: shape.data.httpStatus,
      ...(shape.data.path ? { path: shape.data.path } : {}),
      ...(issues ? { fieldErrors: issues.slice(0, 20).map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message })) } : {}),
    },
  };
}
