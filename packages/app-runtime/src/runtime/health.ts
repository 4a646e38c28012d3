import { desc, gt, lt, sql } from "drizzle-orm";
import type { Database } from "@soleus/db/client";
import * as schema from "@soleus/db/schema";

export interface InstanceSeen {
  app: string;
  instanceId: string;
  lastSeenAt: string;
}

export interface HealthReport {
  status: "ok" | "degraded";
  app: string;
  instanceId: string;
  uptimeSeconds: number;
  database: { status: "ok" | "unreachable"; latencyMs?: number; error?: string };
  /** App processes that reported to this database in the last five minutes. */
  instances: InstanceSeen[];
}

const RECENT_MS = 5 * 60_000;
const REFRESH_MS = 30_000;
/** A load balancer must hear "unhealthy" quickly, not wait for a stalled database. */
export const HEALTH_DEADLINE_MS = 2_000;

class HealthDeadlineError extends Error {}

/**
 * Checks the database and records this instance as alive (a write through this app that
 * the other app's health report reads back), then lists the instances seen recently.
 */
export async function checkHealth(
  db: Database,
  self: { app: string; instanceId: string; startedAt: Date },
  now: Date = new Date(),
  deadlineMs: number = HEALTH_DEADLINE_MS,
): Promise<HealthReport> {
  const base = {
    app: self.app,
    instanceId: self.instanceId,
    uptimeSeconds: Math.round((now.getTime() - self.startedAt.getTime()) / 1000),
  };
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new HealthDeadlineError()), deadlineMs);
  });
  try {
    const rows = await Promise.race([recordAndList(db, self, now), deadline]);
    return {
      ...base,
      status: "ok",
      database: { status: "ok", latencyMs: Math.round(performance.now() - started) },
      instances: rows.map((row) => ({
        app: row.app,
        instanceId: row.instanceId,
        lastSeenAt: row.lastSeenAt.toISOString(),
      })),
    };
  } catch (error) {
    return {
      ...base,
      status: "degraded",
      database: { status: "unreachable", error: describe(error, deadlineMs) },
      instances: [],
    };
  } finally {
    clearTimeout(timer);
  }
}

async function recordAndList(
  db: Database,
  self: { app: string; instanceId: string; startedAt: Date },
  now: Date,
): Promise<(typeof schema.appInstances.$inferSelect)[]> {
  await db
    .insert(schema.appInstances)
    .values({
      instanceId: self.instanceId,
      app: self.app,
      startedAt: self.startedAt,
      lastSeenAt: now,
    })
    // A health check every second must not mean a write every second: refresh at most every 30 s.
    .onConflictDoUpdate({
      target: schema.appInstances.instanceId,
      set: { lastSeenAt: sql`excluded.last_seen_at` },
      setWhere: lt(schema.appInstances.lastSeenAt, new Date(now.getTime() - REFRESH_MS)),
    });
  return db
    .select()
    .from(schema.appInstances)
    .where(gt(schema.appInstances.lastSeenAt, new Date(now.getTime() - RECENT_MS)))
    .orderBy(desc(schema.appInstances.lastSeenAt))
    .limit(50);
}

function describe(error: unknown, deadlineMs: number): string {
  // The health report is public: say what kind of failure, never connection details.
  if (error instanceof HealthDeadlineError)
    return `database did not answer within ${deadlineMs / 1000} s`;
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === "string" ? `database error ${code}` : "database did not answer";
}
