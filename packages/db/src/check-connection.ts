import pg from "pg";
import { ConfigError } from "./env";

/**
 * Connects once and runs `select 1`, so a wrong or unreachable database is reported
 * within seconds as one clear line naming the variable, before anything else starts.
 */
export async function checkConnection(
  url: string,
  variable = "DATABASE_URL",
  timeoutMs = 5_000,
): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on("error", () => undefined);
  const target = describeTarget(url);
  try {
    await client.connect();
    await client.query("select 1");
  } catch (error) {
    const reason = error instanceof Error ? (errorCode(error) ?? error.message) : String(error);
    throw new ConfigError(`${variable}: cannot connect to ${target} (${reason})`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function describeTarget(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`;
  } catch {
    return "the configured database";
  }
}

/** A driver's error code ("ECONNREFUSED", "28P01"), when it has one. */
function errorCode(error: Error): string | undefined {
  return "code" in error && typeof error.code === "string" && error.code !== ""
    ? error.code
    : undefined;
}
