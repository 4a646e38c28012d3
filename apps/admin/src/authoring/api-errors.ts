import { TRPCClientError } from "@trpc/client";
import type { ActionResult } from "~/editor/confirm-action";

export type Loadable<T> =
  { status: "pending" } | { status: "error"; message: string } | { status: "success"; data: T };

interface AuthoringErrorData {
  code?: string;
  httpStatus?: number;
  conflict?: {
    currentVersion: number;
    currentContent: unknown;
    updatedBy: { id: string; name: string | null } | null;
  };
  problems?: { file: string; line: number; message: string; advice?: string }[];
  fieldErrors?: { path: string; message: string }[];
}

/** The error data the api's formatter adds (routers/authoring/README.md), when there is any. */
export function errorData(error: unknown): AuthoringErrorData | null {
  if (!(error instanceof TRPCClientError)) return null;
  const data = (error as TRPCClientError<never>).data as AuthoringErrorData | undefined;
  return data ?? null;
}

/** True when the request never got an answer from the server (network down, server gone). */
export function isUnreachable(error: unknown): boolean {
  if (!(error instanceof TRPCClientError)) return true;
  return errorData(error)?.httpStatus === undefined;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : "Something went wrong. Try again.";
}

/** An action's failure as the list of reasons the coach sees (publish problems, fields, message). */
export function failure(error: unknown): ActionResult {
  const data = errorData(error);
  const errors = [
    ...(data?.problems ?? []).map(
      (p) => `${p.file}, line ${String(p.line)}: ${p.message}${p.advice ? ` (${p.advice})` : ""}`,
    ),
    ...(data?.fieldErrors ?? []).map((f) => `${f.path}: ${f.message}`),
  ];
  return { ok: false, errors: errors.length > 0 ? errors : [messageOf(error)] };
}

export function loadable<T>(query: {
  status: "pending" | "error" | "success";
  data: T | undefined;
  error: unknown;
}): Loadable<T> {
  if (query.status === "pending") return { status: "pending" };
  if (query.status === "error" || query.data === undefined)
    return { status: "error", message: messageOf(query.error) };
  return { status: "success", data: query.data };
}
