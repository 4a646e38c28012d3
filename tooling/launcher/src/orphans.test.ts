import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { launch, portEnv, reservePorts } from "./testing/launch";

const repoRoot = path.resolve(import.meta.dirname, "../../..");

async function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** Milliseconds until every port is free, or undefined when they are still taken after `withinMs`. */
async function untilPortsFree(ports: number[], withinMs: number): Promise<number | undefined> {
  const started = Date.now();
  while (Date.now() - started < withinMs) {
    const free = await Promise.all(ports.map(isPortFree));
    if (free.every(Boolean)) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return undefined;
}

describe("the apps never outlive the run command", () => {
  it("stops both apps within seconds after the launcher is killed with SIGKILL, and a new start works", async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "soleus-orphans-"));
    const ports = reservePorts();
    const first = launch({ ...portEnv(ports), SOLEUS_DATA_DIR: dataDir });
    await first.ready;
    first.child.kill("SIGKILL");
    await first.exited;
    expect(await untilPortsFree([ports.web, ports.admin, ports.db], 5_000)).toBeDefined();

    // The stale owner lock of the killed launcher is taken over: no manual clean-up.
    const second = launch({ ...portEnv(ports), SOLEUS_DATA_DIR: dataDir });
    try {
      await second.ready;
      const health = await fetch(`http://127.0.0.1:${ports.admin}/api/health`);
      expect(health.status).toBe(200);
    } finally {
      second.child.kill("SIGTERM");
      await second.exited;
    }
  }, 240_000);

  it("stops everything when npm (as a container's PID 1 would) gets SIGTERM", async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "soleus-npm-"));
    const ports = reservePorts();
    const npm = spawn("npm", ["start"], {
      cwd: repoRoot,
      env: { ...process.env, ...portEnv(ports), SOLEUS_DATA_DIR: dataDir, DATABASE_URL: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const exited = new Promise<number | null>((resolve) =>
      npm.once("exit", (code) => resolve(code)),
    );
    try {
      await new Promise<void>((resolve, reject) => {
        const onData = (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes("[soleus] ready")) resolve();
        };
        npm.stdout.on("data", onData);
        npm.stderr.on("data", onData);
        void exited.then(() => reject(new Error(`npm start exited before ready:\n${output}`)));
        // npm start installs and builds first: instant when turbo's cache has the build (as in `npm test`).
        setTimeout(
          () => reject(new Error(`npm start not ready after 540 s:\n${output}`)),
          540_000,
        ).unref();
      });
      // npm passes SIGTERM only to the `sh -c` it runs the script in, and the shell dies without
      // passing it on: scripts/start.mjs notices it lost its parent and stops the launcher cleanly.
      npm.kill("SIGTERM");
      await exited;
      expect(await untilPortsFree([ports.web, ports.admin, ports.db], 15_000)).toBeDefined();
      const stopping = Date.now();
      while (!output.includes("stopped cleanly") && Date.now() - stopping < 5_000) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(output).toContain("stopped cleanly");
    } finally {
      if (npm.exitCode === null && npm.signalCode === null) npm.kill("SIGTERM");
    }
  }, 600_000);
});
