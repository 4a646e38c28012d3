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
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
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
    expect(() => acquireOwnerLock(dir)).toThrow(/already in use by another Soleus process \(pid 1\)/);
  });

  it("takes over a lock left behind by a process that died", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "soleus-owner.lock"), String(deadPid()));
    const lock = acquireOwnerLock(dir);
    expect(fs.readFileSync(path.join(dir, "soleus-owner.lock"), "utf8")).toBe(String(process.pid));
    lock.release();
  });

  it("creates a data directory that does not exist yet", () => {
    const dir = path.join(tempDir(), "nested", "data");
    acquireOwnerLock(dir).release();
    expect(fs.statSync(dir).isDirectory()).toBe(true);
  });
});
