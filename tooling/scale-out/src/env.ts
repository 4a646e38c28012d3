/** The settings the scale-out harness reads (all optional), and the environment it hands on. */
export interface ScaleOutEnv {
  /** A PostgreSQL server URL to create the cluster's database on (SCALE_OUT_POSTGRES_URL, else TEST_DATABASE_URL's server). */
  postgresUrl: string;
  /** First of six consecutive loopback ports (SCALE_OUT_BASE_PORT, default 3172). */
  basePort: number;
}

/** Reads and checks the harness's settings. */
export function readScaleOutEnv(
  source: Record<string, string | undefined> = process.env,
): ScaleOutEnv {
  const postgresUrl =
    source.SCALE_OUT_POSTGRES_URL ||
    source.TEST_DATABASE_URL ||
    "postgres://postgres@127.0.0.1:5432/postgres";
  const basePort = Number(source.SCALE_OUT_BASE_PORT || 3172);
  if (!Number.isInteger(basePort) || basePort < 1 || basePort > 65_530)
    throw new Error(`SCALE_OUT_BASE_PORT must be a port number, got ${source.SCALE_OUT_BASE_PORT}`);
  return { postgresUrl, basePort };
}

/** This process's environment, for the processes it starts (apt-get, the apps). */
export function inheritedEnvironment(): Record<string, string | undefined> {
  return { ...process.env };
}
