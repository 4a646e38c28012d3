import "server-only";
import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import type { ApiContext } from "./context";
import { formatApiError } from "./error-formatter";

/** Who may call a procedure; recorded on every procedure by the builders in procedures.ts. */
export type Access = "public" | "learner" | "coach" | "admin";
export interface ProcedureMeta {
  access: Access;
}

export const t = initTRPC
  .context<ApiContext>()
  .meta<ProcedureMeta>()
  .create({ transformer: superjson, isDev: false, errorFormatter: formatApiError });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
