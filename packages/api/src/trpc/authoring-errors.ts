import { TRPCError } from "@trpc/server";

/** What a CONFLICT (409) carries: the caller's base version and the draft as it is now. */
export interface DraftConflictData {
  baseVersion: number;
  currentVersion: number;
  currentContent: unknown;
  updatedAt: Date | null;
  updatedBy: { id: string; name: string | null } | null;
}

/** One problem that stops a publish: where (the content:check file and line) and what. */
export interface PublishProblem {
  file: string;
  line: number;
  message: string;
  /** The check that found it (e.g. "spelling"), when one did. */
  check?: string;
  advice?: string;
}

/** Carried as a TRPCError's cause; the error formatter copies `data` into the client's error. */
export class AuthoringErrorData extends Error {
  constructor(readonly data: { conflict: DraftConflictData } | { problems: PublishProblem[] }) {
    super("authoring error data");
  }
}

export const CONFLICT_MESSAGE =
  "Someone saved this since you opened it. Compare both versions, then save again.";

export function draftConflict(conflict: DraftConflictData): TRPCError {
  return new TRPCError({
    code: "CONFLICT",
    message: CONFLICT_MESSAGE,
    cause: new AuthoringErrorData({ conflict }),
  });
}

export function publishRefused(what: string, problems: PublishProblem[]): TRPCError {
  const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  return new TRPCError({
    code: "BAD_REQUEST",
    message: `This ${what} cannot be published yet: fix ${count} first. Nothing was published.`,
    cause: new AuthoringErrorData({ problems: problems.slice(0, 200) }),
  });
}

/** The authoring data of an error, for the error formatter. */
export function authoringDataOf(error: TRPCError): AuthoringErrorData["data"] | null {
  return error.cause instanceof AuthoringErrorData ? error.cause.data : null;
}
