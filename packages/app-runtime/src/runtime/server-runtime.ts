import { randomUUID } from "node:crypto";
import { appSite } from "@soleus/auth/settings";
import type { AppName } from "@soleus/auth/cookies";
import { connectDatabase, type DatabaseHandle } from "@soleus/db/client";
import { readApiEnv } from "./env";
import { requestClock, testClockRefusal } from "./test-clock";

export interface ServerRuntime {
  app: AppName;
  instanceId: string;
  startedAt: Date;
  database: DatabaseHandle;
  /** The clock requests use: real time (or, in browser tests, real time plus the test's offset). */
  clock: () => Date;
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
  processGlobals[RUNTIME_KEY] ??= openRuntime(app);
  return processGlobals[RUNTIME_KEY];
}

function openRuntime(app: AppName): ServerRuntime {
  const env = readApiEnv();
  // Fails closed: with a test clock on a public or https address, no request is served at all.
  const refusal = env.SOLEUS_TEST_CLOCK
    ? testClockRefusal([appSite("web").origin, appSite("admin").origin])
    : null;
  if (refusal) throw new Error(refusal);
  return {
    app,
    instanceId: `${app}-${randomUUID()}`,
    startedAt: new Date(),
    database: connectDatabase(env.DATABASE_URL),
    clock: requestClock(env.SOLEUS_TEST_CLOCK),
  };
}
