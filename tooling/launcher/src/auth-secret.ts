import path from "node:path";
import { readOrCreateSecretFile } from "./secret-file";

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
  const { secret, created } = readOrCreateSecretFile(path.join(dataDir, "auth-secret"), dataDir);
  return { secret, source: created ? "new" : "data directory" };
}
