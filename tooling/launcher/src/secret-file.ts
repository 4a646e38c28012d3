import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";

/**
 * Reads a secret kept in a file of the data directory, or creates one (owner-only, 0600)
 * on first run. A file too short to be ours is replaced.
 */
export function readOrCreateSecretFile(
  file: string,
  dataDir: string,
): { secret: string; created: boolean } {
  try {
    const existing = readFileSync(file, "utf8").trim();
    if (existing.length >= 32) {
      // Tighten a file someone copied in with looser permissions.
      chmodSync(file, 0o600);
      return { secret: existing, created: false };
    }
  } catch {
    // First run: create it below.
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(33).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return { secret, created: true };
}
