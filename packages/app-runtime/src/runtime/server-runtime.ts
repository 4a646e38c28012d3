import { randomUUID } from "node:crypto";
import type { AppName } from "@soleus/auth/cookies";
import { connectDatabase, type DatabaseHandle } from "@soleus/db/client";
import { readApiEnv } from "./env";

export interface ServerRuntime {
  app: AppName;
  instanceId: string;
  startedAt: Date;
  database: DatabaseHandle;
}

/*
 * Kept on globalThis: Next.js bundles this module separately for App Router and Pages Router
 * code (and for route handlers), and one process must still have one pool.
 */
const RUNTIME_KEY = Symbol.for("soleus.api.server-runtime");
const processGlobals = globalThis as { [RUNTIME_KEY]?: ServerRuntime };

/**
 * The one database pool of this app process, opened on first use. The app itself keeps
 * no other state, so any number of processes can run behind a load balancer.
 */
export function getServerRuntime(app: AppName): ServerRuntime {
  processGlobals[RUNTIME_KEY] ??= {
    app,
    instanceId: `${app}-${randomUUID()}`,
    startedAt: new Date(),
    database: connectDatabase(readApiEnv().DATABASE_URL),
  };
  return processGlobals[RUNTIME_KEY];
}
