import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@soleus/db/testing";
import { checkHealth } from "./health";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.destroy();
});

const startedAt = new Date("2026-11-20T10:00:00Z");
const web = { app: "web", instanceId: "web-1", startedAt };
const admin = { app: "admin", instanceId: "admin-1", startedAt };

describe("checkHealth", () => {
  it("reports the database and every instance that shares it", async () => {
    await checkHealth(database.db, web, new Date("2026-11-20T10:00:05Z"));
    const report = await checkHealth(database.db, admin, new Date("2026-11-20T10:00:06Z"));
    expect(report).toMatchObject({
      status: "ok",
      app: "admin",
      uptimeSeconds: 6,
      database: { status: "ok" },
    });
    expect(report.instances.map((instance) => instance.instanceId).sort()).toEqual([
      "admin-1",
      "web-1",
    ]);
  });

  it("refreshes an instance's last-seen time at most every 30 seconds", async () => {
    await checkHealth(database.db, web, new Date("2026-11-20T10:00:20Z"));
    const soon = await checkHealth(database.db, admin, new Date("2026-11-20T10:00:21Z"));
    expect(soon.instances.find((instance) => instance.app === "web")?.lastSeenAt).toBe(
      "2026-11-20T10:00:05.000Z",
    );
    await checkHealth(database.db, web, new Date("2026-11-20T10:00:40Z"));
    const later = await checkHealth(database.db, admin, new Date("2026-11-20T10:00:41Z"));
    expect(later.instances.find((instance) => instance.app === "web")?.lastSeenAt).toBe(
      "2026-11-20T10:00:40.000Z",
    );
  });

  it("says the database is unreachable without leaking connection details", async () => {
    const { connectDatabase } = await import("@soleus/db/client");
    const dead = connectDatabase("postgres://postgres@127.0.0.1:1/none");
    const report = await checkHealth(dead.db, web);
    await dead.close();
    expect(report.status).toBe("degraded");
    expect(report.database.status).toBe("unreachable");
    expect(JSON.stringify(report)).not.toContain("127.0.0.1");
  });

  it("answers 'degraded' within its own deadline while another client holds the database", async () => {
    const holder = await database.pool.connect();
    try {
      await holder.query("begin");
      // Blocks the health check's write on PostgreSQL; on the embedded database the open transaction holds the turn.
      await holder.query("lock table app_instances in access exclusive mode");
      const started = performance.now();
      const report = await checkHealth(database.db, admin, new Date("2026-11-20T10:01:00Z"), 1_000);
      expect(performance.now() - started).toBeLessThan(3_000);
      expect(report).toMatchObject({
        status: "degraded",
        database: { status: "unreachable", error: "database did not answer within 1 s" },
      });
    } finally {
      await holder.query("rollback");
      holder.release();
    }
  });
});
