import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The AUTH_SECRET both apps share. Set it explicitly in production; otherwise `npm start`
 * creates one on first run and keeps it in the data directory (owner-only), so sessions and
 * sign-in links survive restarts with zero configuration.
 */
export function resolveAuthSecret(
  configured: string | undefined,
  dataDir: string,
): { secret: string; source: "environment" | "data directory" | "new" } {
  if (configured) return { secret: configured, source: "environment" };
  const file = path.join(dataDir, "auth-secret");
  try {
    const existing = readFileSync(file, "utf8").trim();
    if (existing.length >= 32) return { secret: existing, source: "data directory" };
  } catch {
    // First run: create it below.
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(33).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return { secret, source: "new" };
}
