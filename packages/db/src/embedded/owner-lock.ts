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
// A takeover guard older than this was left by a process that died mid-takeover.
const STALE_GUARD_MS = 10_000;

/**
 * Takes exclusive ownership of a PGlite data directory. Two processes opening one
 * PGlite directory silently lose writes, so a second owner is refused; a lock left by
 * a process that no longer exists (killed with SIGKILL, power loss) is taken over.
 *
 * The lock file is created by hard-linking a file that already holds our pid, so it is
 * never seen empty; taking over a stale lock happens under a second exclusive file, so two
 * starting processes cannot both remove it and both win.
 */
export function acquireOwnerLock(dataDir: string, variable = "SOLEUS_DATA_DIR"): OwnerLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, LOCK_FILE);
  const ourFile = `${lockPath}.${process.pid}`;
  fs.writeFileSync(ourFile, String(process.pid));
  try {
    for (let tries = 0; tries < 3; tries += 1) {
      try {
        fs.linkSync(ourFile, lockPath);
        return { release: () => releaseIfOurs(lockPath) };
      } catch (error) {
        if (!isAlreadyExists(error)) throw error;
      }
      const holder = readHolder(lockPath);
      if (holder === undefined || holder === process.pid || isAlive(holder)) {
        throw new DataDirInUseError(
          `${variable}: the data directory ${dataDir} is already in use by another Soleus process` +
            `${holder ? ` (pid ${holder})` : ""}; stop it first or set ${variable} to another directory` +
            (holder ? "" : ` (if no Soleus process is running, delete ${lockPath})`),
        );
      }
      takeOverStaleLock(lockPath, holder);
    }
    throw new DataDirInUseError(
      `${variable}: could not lock the data directory ${dataDir}; try again`,
    );
  } finally {
    fs.rmSync(ourFile, { force: true });
  }
}

function takeOverStaleLock(lockPath: string, stalePid: number): void {
  const guard = `${lockPath}.takeover`;
  removeIfOlderThan(guard, STALE_GUARD_MS);
  let fd: number;
  try {
    fd = fs.openSync(guard, "wx");
  } catch (error) {
    if (isAlreadyExists(error)) return; // Another process is taking over; the caller retries.
    throw error;
  }
  try {
    // Remove only the lock we judged stale, not one a faster process has just created.
    if (readHolder(lockPath) === stalePid) fs.rmSync(lockPath, { force: true });
  } finally {
    fs.closeSync(fd);
    fs.rmSync(guard, { force: true });
  }
}

function removeIfOlderThan(file: string, ageMs: number): void {
  try {
    if (Date.now() - fs.statSync(file).mtimeMs > ageMs) fs.rmSync(file, { force: true });
  } catch {
    // Not there: nothing to do.
  }
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
