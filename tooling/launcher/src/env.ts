import { z } from "zod";
import { testClockRefusal } from "@soleus/app-runtime/test-clock";
import { readAuthEnv } from "@soleus/auth/env";
import { ConfigError, readDatabaseEnv, type DatabaseEnv } from "@soleus/db/env";
import { parseEnv } from "@soleus/db/parse-env";

const port = z.coerce.number().int().min(1).max(65535);

const launcherEnvSchema = z.object({
  SOLEUS_WEB_PORT: port.default(3000),
  SOLEUS_ADMIN_PORT: port.default(3001),
  SOLEUS_HOST: z.string().trim().min(1).default("127.0.0.1"),
  AUTH_SECRET: z
    .string()
    .min(32, "must be at least 32 characters (openssl rand -base64 33)")
    .optional(),
  /** Public addresses of the apps (sign-in links, origin checks); default: where the launcher serves them. */
  SOLEUS_WEB_URL: z.string().trim().pipe(z.url()).optional(),
  SOLEUS_ADMIN_URL: z.string().trim().pipe(z.url()).optional(),
});

export type LauncherEnv = DatabaseEnv & z.infer<typeof launcherEnvSchema>;

/** Every setting the run command reads, validated before anything starts. */
export function readLauncherEnv(
  source: Record<string, string | undefined> = process.env,
): LauncherEnv {
  const database = readDatabaseEnv(source);
  const env = { ...database, ...parseEnv(launcherEnvSchema, source) };
  assertAppSettingsValid(source);
  if (source.SOLEUS_TEST_CLOCK) {
    // Judged by where the apps listen and are reached: a public or https address refuses it.
    const host = env.SOLEUS_HOST;
    const refusal = testClockRefusal(
      [
        `http://${host}:${env.SOLEUS_WEB_PORT}`,
        env.SOLEUS_WEB_URL ?? "",
        env.SOLEUS_ADMIN_URL ?? "",
      ].filter(Boolean),
    );
    if (refusal) throw new ConfigError(refusal);
  }
  const ports: [string, number][] = [
    ["SOLEUS_WEB_PORT", env.SOLEUS_WEB_PORT],
    ["SOLEUS_ADMIN_PORT", env.SOLEUS_ADMIN_PORT],
  ];
  if (!env.DATABASE_URL) ports.push(["SOLEUS_DB_PORT", env.SOLEUS_DB_PORT]);
  for (const [name, value] of ports) {
    const clash = ports.find(([other, otherValue]) => other !== name && otherValue === value);
    if (clash)
      throw new ConfigError(`${name} and ${clash[0]} are both ${value}; give each its own port`);
  }
  return env;
}

/** The environment this process was started with, for passing on to the apps it starts. */
export function inheritedEnvironment(): Record<string, string | undefined> {
  return { ...process.env };
}

// Stands in for the secret the launcher creates on first run, so only the settings a person gave are judged.
const SECRET_PLACEHOLDER = "x".repeat(32);

/** The apps' own settings (URLs, SMTP, OAuth, proxy hops), checked before anything starts. */
function assertAppSettingsValid(source: Record<string, string | undefined>): void {
  try {
    readAuthEnv({ ...source, AUTH_SECRET: source.AUTH_SECRET || SECRET_PLACEHOLDER });
  } catch (error) {
    throw new ConfigError(error instanceof Error ? error.message : String(error));
  }
}
