import fs from "node:fs";
import path from "node:path";

/** Thrown when another live process already owns the embedded data directory. */
export class DataDirInUseError extends Error {
  override name = "DataDirInUseError";
}

export interface OwnerLock {
  release(): void;
}

const LOCK_FILE = "soleus-owner.lock";

/**
 * Takes exclusive ownership of a PGlite data directory. Two processes opening one
 * PGlite directory silently lose writes, so a second owner is refused; a lock left by
 * a process that no longer exists (killed with SIGKILL, power loss) is taken over.
 */
export function acquireOwnerLock(dataDir: string, variable = "SOLEUS_DATA_DIR"): OwnerLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, LOCK_FILE);
  for (let tries = 0; tries < 2; tries += 1) {
    try {
      const fd = fs.openSync(lockPath, "wx");
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      return { release: () => releaseIfOurs(lockPath) };
    } catch (error) {
      if (!isAlreadyExists(error)) throw error;
      const holder = readHolder(lockPath);
      if (holder !== undefined && holder !== process.pid && isAlive(holder)) {
        throw new DataDirInUseError(
          `${variable}: the data directory ${dataDir} is already in use by another Soleus process (pid ${holder}); stop it first or set ${variable} to another directory`,
        );
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new DataDirInUseError(`${variable}: could not lock the data directory ${dataDir}`);
}

function releaseIfOurs(lockPath: string): void {
  if (readHolder(lockPath) === process.pid) fs.rmSync(lockPath, { force: true });
}

function readHolder(lockPath: string): number | undefined {
  try {
    const pid = Number.parseInt(fs.readFileSync(lockPath, "utf8"), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function isAlreadyExists(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === "EEXIST";
}
