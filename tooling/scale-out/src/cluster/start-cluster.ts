import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { connectDatabase, type DatabaseHandle } from "@soleus/db/client";
import { migrateDatabase } from "@soleus/db/migrate";
import { seedDatabase } from "@soleus/db/seed";
import {
  hasEnded,
  startAppInstance,
  stopAppInstance,
  waitForHealthy,
  type AppInstance,
  type AppName,
} from "./app-instance";
import { type Backend, startHaproxy } from "./haproxy";
import { createClusterDatabase } from "./postgres";
import { readScaleOutEnv } from "../env";

export type { AppInstance, AppName } from "./app-instance";

/** One app behind the load balancer: its public address and the instances serving it. */
export interface Site {
  url: string;
  instances: AppInstance[];
}

export interface Cluster {
  web: Site;
  admin: Site;
  /** The one PostgreSQL database every instance uses (fresh for this cluster). */
  databaseUrl: string;
  /** A connection for setting up people and checking what was stored. */
  database: DatabaseHandle;
  /** Kills one instance at once (default SIGKILL: no clean shutdown) and waits until it is gone. */
  kill(name: string, signal?: NodeJS.Signals): Promise<void>;
  /** Waits until the load balancer has taken a dead instance out of rotation. */
  waitUntilOutOfRotation(site: Site, name: string): Promise<void>;
  /**
   * Moves every instance's clock to real time + `offsetMs` (only with `startCluster({ testClock:
   * true })`: the apps' SOLEUS_TEST_CLOCK file, read per request), e.g. to let presence expire.
   */
  setClockOffset(offsetMs: number): void;
  /** Everything the instances and HAProxy printed (for failure messages). */
  logs(): string;
  stop(): Promise<void>;
}

const INSTANCES_PER_APP = 2;

/**
 * Ports: SCALE_OUT_BASE_PORT (default 3172) is the learner site's load balancer, +1 the admin
 * app's, then the instances: web-1, web-2, admin-1, admin-2.
 */
function clusterPorts(): {
  web: number;
  admin: number;
  instance: (app: AppName, index: number) => number;
} {
  const base = readScaleOutEnv().basePort;
  return {
    web: base,
    admin: base + 1,
    instance: (app, index) => base + 2 + (app === "web" ? 0 : INSTANCES_PER_APP) + index,
  };
}

/**
 * Two instances of each built app (`next start`) on one fresh PostgreSQL database, behind
 * HAProxy on loopback (round-robin, no sticky sessions), configured as README "Scaling out"
 * says. Every case file starts its own and stops it in `afterAll`.
 */
export async function startCluster(
  options: { startTimeoutMs?: number; testClock?: boolean } = {},
): Promise<Cluster> {
  const timeoutMs = options.startTimeoutMs ?? 90_000;
  const dir = mkdtempSync(path.join(os.tmpdir(), "soleus-scale-out-"));
  const clockFile = path.join(dir, "test-clock");
  if (options.testClock) writeFileSync(clockFile, "0");
  const ports = clusterPorts();
  const web: Site = { url: `http://127.0.0.1:${ports.web}`, instances: [] };
  const admin: Site = { url: `http://127.0.0.1:${ports.admin}`, instances: [] };
  const created = await createClusterDatabase();
  let database: DatabaseHandle | undefined;
  let haproxy: ChildProcess | undefined;
  let haproxyLog = "";

  const logs = () =>
    [...web.instances, ...admin.instances]
      .map(
        (instance) =>
          `--- ${instance.name} ---\n${readFileSync(instance.logFile, "utf8").slice(-4_000)}`,
      )
      .concat(`--- haproxy ---\n${haproxyLog.slice(-4_000)}`)
      .join("\n");

  const stop = async () => {
    await Promise.all(
      [...web.instances, ...admin.instances].map((instance) => stopAppInstance(instance)),
    );
    if (haproxy?.exitCode === null && haproxy.signalCode === null) {
      const ended = new Promise((resolve) => haproxy?.once("exit", resolve));
      haproxy.kill("SIGTERM");
      await ended;
    }
    await database?.close();
    await created.drop();
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    // Once, as a deployment's release step would (each launcher would also do it under a lock).
    await migrateDatabase(created.url);
    await seedDatabase(created.url);
    database = connectDatabase(created.url, { maxConnections: 4 });

    const env = {
      DATABASE_URL: created.url,
      AUTH_SECRET: randomBytes(33).toString("base64"),
      SOLEUS_WEB_URL: web.url,
      SOLEUS_ADMIN_URL: admin.url,
      SOLEUS_TRUSTED_PROXY_HOPS: "1",
      ...(options.testClock ? { SOLEUS_TEST_CLOCK: clockFile } : {}),
    };
    for (const [app, site] of [
      ["web", web],
      ["admin", admin],
    ] as const) {
      for (let index = 0; index < INSTANCES_PER_APP; index += 1) {
        const name = `${app}-${index + 1}`;
        site.instances.push(
          startAppInstance({ name, app, port: ports.instance(app, index), env, logDir: dir }),
        );
      }
    }
    haproxy = startHaproxy(
      dir,
      { web: backendOf(web, ports.web), admin: backendOf(admin, ports.admin) },
      (line) => (haproxyLog += line),
    );
    const instances = [...web.instances, ...admin.instances];
    await Promise.all(
      instances.map((instance) =>
        waitForHealthy(`${instance.url}/api/health`, timeoutMs, () => !hasEnded(instance)),
      ),
    );
    // HAProxy needs `rise` good checks before it sends traffic to an instance.
    await Promise.all([web, admin].map((site) => waitUntilAllInRotation(site, timeoutMs)));
  } catch (error) {
    const message = `${error instanceof Error ? error.message : String(error)}\n${logs()}`;
    await stop();
    throw new Error(message, { cause: error });
  }

  const handle = database;
  return {
    web,
    admin,
    databaseUrl: created.url,
    database: handle,
    async kill(name, signal = "SIGKILL") {
      const instance = [...web.instances, ...admin.instances].find(
        (candidate) => candidate.name === name,
      );
      if (!instance) throw new Error(`no instance called ${name}`);
      instance.child.kill(signal);
      await instance.exited;
    },
    waitUntilOutOfRotation: (site, name) =>
      waitUntilServedOnlyBy(
        site,
        site.instances.map((instance) => instance.name).filter((other) => other !== name),
      ),
    setClockOffset(offsetMs) {
      if (!options.testClock) throw new Error("start the cluster with { testClock: true } first");
      writeFileSync(clockFile, String(offsetMs));
    },
    logs,
    stop,
  };
}

async function servedBy(site: Site): Promise<string | undefined> {
  try {
    const response = await fetch(`${site.url}/api/health`, {
      signal: AbortSignal.timeout(5_000),
      headers: { connection: "close" },
    });
    return response.ok ? (response.headers.get("x-served-by") ?? undefined) : undefined;
  } catch {
    return undefined;
  }
}

/** Until a run of health requests through the load balancer has reached every instance. */
async function waitUntilAllInRotation(site: Site, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  const wanted = site.instances.map((instance) => instance.name);
  while (performance.now() < deadline) {
    const seen = new Set<string | undefined>();
    for (let i = 0; i < wanted.length * 2; i += 1) seen.add(await servedBy(site));
    if (wanted.every((name) => seen.has(name))) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${site.url}: not every instance joined the load balancer`);
}

/** Until ten requests in a row were answered, by the given instances only. */
async function waitUntilServedOnlyBy(
  site: Site,
  names: string[],
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  let inARow = 0;
  while (performance.now() < deadline && inARow < 10) {
    const by = await servedBy(site);
    inARow = by !== undefined && names.includes(by) ? inARow + 1 : 0;
  }
  if (inARow < 10)
    throw new Error(`${site.url}: still reaching instances other than ${names.join(", ")}`);
}

/** One load-balanced site: the port HAProxy listens on and the app instances behind it. */
function backendOf(site: Site, port: number): Backend {
  return {
    port,
    servers: site.instances.map((instance) => ({ name: instance.name, port: instance.port })),
  };
}
