import { mkdtempSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { launch, portEnv, reservePorts, type LaunchedProduct } from "./testing/launch";

const running: LaunchedProduct[] = [];
afterEach(async () => {
  for (const product of running.splice(0)) {
    product.child.kill("SIGTERM");
    await product.exited;
  }
});

function tempDataDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), "soleus-launcher-"));
}

async function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

function errorLines(output: string): string[] {
  return output.split("\n").filter((line) => line.includes("error:"));
}

describe("bad configuration is refused quickly with one clear line", () => {
  it("rejects a malformed DATABASE_URL before starting anything", async () => {
    const ports = reservePorts();
    const started = Date.now();
    const product = launch({ ...portEnv(ports), DATABASE_URL: "not a url" });
    expect(await product.exited).toBe(1);
    expect(Date.now() - started).toBeLessThan(10_000);
    const errors = errorLines(product.output());
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/DATABASE_URL is invalid/);
    expect(await isPortFree(ports.web)).toBe(true);
  });

  it("reports an unreachable DATABASE_URL within seconds and leaves nothing running", async () => {
    const ports = reservePorts();
    const started = Date.now();
    const product = launch({
      ...portEnv(ports),
      DATABASE_URL: "postgres://postgres@127.0.0.1:1/soleus",
    });
    expect(await product.exited).toBe(1);
    expect(Date.now() - started).toBeLessThan(15_000);
    const errors = errorLines(product.output());
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/DATABASE_URL: cannot connect to 127\.0\.0\.1:1\/soleus/);
    expect(await isPortFree(ports.web)).toBe(true);
    expect(await isPortFree(ports.admin)).toBe(true);
  });

  it("names the port and the variable when a port is taken", async () => {
    const ports = reservePorts();
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(ports.admin, "127.0.0.1", resolve));
    try {
      const product = launch({ ...portEnv(ports), SOLEUS_DATA_DIR: tempDataDir() });
      expect(await product.exited).toBe(1);
      expect(errorLines(product.output())).toEqual([
        expect.stringContaining(
          `Port ${ports.admin} on 127.0.0.1 is already in use; set SOLEUS_ADMIN_PORT to a free port`,
        ),
      ]);
    } finally {
      blocker.close();
    }
  });

  it.each([
    [
      "SOLEUS_WEB_URL",
      "ftp://learn.example.org",
      /SOLEUS_WEB_URL must start with http:\/\/ or https:\/\//,
    ],
    ["SMTP_URL", "not a url", /SMTP_URL must look like smtps:\/\//],
    ["SOLEUS_TRUSTED_PROXY_HOPS", "many", /SOLEUS_TRUSTED_PROXY_HOPS/],
  ])("refuses a bad %s before starting anything", async (name, value, message) => {
    const ports = reservePorts();
    const product = launch({ ...portEnv(ports), [name]: value });
    expect(await product.exited).toBe(1);
    const errors = errorLines(product.output());
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
    expect(product.output()).not.toContain("database:");
  });

  it.each([
    ["an https address", { SOLEUS_WEB_URL: "https://learn.example.org" }],
    ["a public host", { SOLEUS_HOST: "0.0.0.0" }],
  ])(
    "refuses the browser tests' clock (SOLEUS_TEST_CLOCK) with %s before starting anything",
    async (_what, settings) => {
      const product = launch({
        ...portEnv(reservePorts()),
        SOLEUS_TEST_CLOCK: path.join(tempDataDir(), "clock"),
        ...settings,
      });
      expect(await product.exited).toBe(1);
      expect(errorLines(product.output())).toEqual([
        expect.stringMatching(/SOLEUS_TEST_CLOCK is for browser tests on this machine only/),
      ]);
      expect(product.output()).not.toContain("database:");
    },
  );

  it("rejects a port outside 1-65535 naming the variable", async () => {
    const product = launch({ ...portEnv(reservePorts()), SOLEUS_WEB_PORT: "70000" });
    expect(await product.exited).toBe(1);
    expect(errorLines(product.output())[0]).toMatch(/SOLEUS_WEB_PORT is invalid/);
  });
});

describe("the embedded data directory has exactly one owner", () => {
  it("refuses a second run command on the same data directory", async () => {
    const dataDir = tempDataDir();
    const firstPorts = reservePorts();
    const first = launch({ ...portEnv(firstPorts), SOLEUS_DATA_DIR: dataDir });
    running.push(first);
    await first.ready;
    const second = launch({ ...portEnv(reservePorts()), SOLEUS_DATA_DIR: dataDir });
    expect(await second.exited).toBe(1);
    expect(errorLines(second.output())[0]).toMatch(
      /SOLEUS_DATA_DIR: the data directory .* is already in use by another Soleus process/,
    );
    // The first is unharmed.
    const health = await fetch(`http://127.0.0.1:${firstPorts.web}/api/health`);
    expect(health.status).toBe(200);
  });
});
