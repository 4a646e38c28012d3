import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { acquireOwnerLock, DataDirInUseError } from "./owner-lock";

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "soleus-lock-"));
}

/** A pid that certainly belongs to no running process: a child that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
    encoding: "utf8",
  });
  return Number(child.stdout);
}

describe("acquireOwnerLock", () => {
  it("gives the directory to one owner and frees it on release", () => {
    const dir = tempDir();
    const lock = acquireOwnerLock(dir);
    expect(fs.readFileSync(path.join(dir, "soleus-owner.lock"), "utf8")).toBe(String(process.pid));
    lock.release();
    expect(fs.existsSync(path.join(dir, "soleus-owner.lock"))).toBe(false);
  });

  it("refuses while another live process holds the directory", () => {
    const dir = tempDir();
    // pid 1 is always alive.
    fs.writeFileSync(path.join(dir, "soleus-owner.lock"), "1");
    expect(() => acquireOwnerLock(dir)).toThrow(DataDirInUseError);
    expect(() => acquireOwnerLock(dir)).toThrow(
      /already in use by another Soleus process \(pid 1\)/,
    );
  });

  it("takes over a lock left behind by a process that died", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "soleus-owner.lock"), String(deadPid()));
    const lock = acquireOwnerLock(dir);
    expect(fs.readFileSync(path.join(dir, "soleus-owner.lock"), "utf8")).toBe(String(process.pid));
    lock.release();
  });

  it("refuses a lock file it cannot read a pid from, and says how to clear it", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "soleus-owner.lock"), "");
    expect(() => acquireOwnerLock(dir)).toThrow(
      /already in use by another Soleus process; .* delete .*soleus-owner\.lock/,
    );
  });

  it("refuses a second lock from the same process", () => {
    const dir = tempDir();
    const lock = acquireOwnerLock(dir);
    expect(() => acquireOwnerLock(dir)).toThrow(DataDirInUseError);
    lock.release();
  });

  it("lets exactly one of several concurrent processes take over a stale lock", async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "soleus-owner.lock"), String(deadPid()));
    const script = `
      const { acquireOwnerLock } = await import(${JSON.stringify(new URL("./owner-lock.ts", import.meta.url).href)});
      try { acquireOwnerLock(process.argv[1]); process.stdout.write("won"); await new Promise((r) => setTimeout(r, 1500)); }
      catch { process.stdout.write("lost"); }`;
    const { spawn } = await import("node:child_process");
    const runs = Array.from(
      { length: 4 },
      () =>
        new Promise<string>((resolve) => {
          const child = spawn(process.execPath, [
            "--import",
            "tsx",
            "--input-type=module",
            "-e",
            script,
            dir,
          ]);
          let out = "";
          child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
          child.on("exit", () => resolve(out));
        }),
    );
    const outcomes = await Promise.all(runs);
    expect(outcomes.filter((outcome) => outcome === "won")).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === "lost")).toHaveLength(3);
  });

  it("creates a data directory that does not exist yet", () => {
    const dir = path.join(tempDir(), "nested", "data");
    acquireOwnerLock(dir).release();
    expect(fs.statSync(dir).isDirectory()).toBe(true);
  });
});
