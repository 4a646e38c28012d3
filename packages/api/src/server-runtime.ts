import { randomUUID } from "node:crypto";
import { connectDatabase, type DatabaseHandle } from "@soleus/db/client";
import { readApiEnv } from "./env";

export type AppName = "web" | "admin";

export interface ServerRuntime {
  app: AppName;
  instanceId: string;
  startedAt: Date;
  database: DatabaseHandle;
}

let runtime: ServerRuntime | undefined;

/**
 * The one database pool of this app process, opened on first use. The app itself keeps
 * no other state, so any number of processes can run behind a load balancer.
 */
export function getServerRuntime(app: AppName): ServerRuntime {
  runtime ??= {
    app,
    instanceId: `${app}-${randomUUID()}`,
    startedAt: new Date(),
    database: connectDatabase(readApiEnv().DATABASE_URL),
  };
  return runtime;
}
