import path from "node:path";
import { z } from "zod";
import { ConfigError, parseEnv } from "./parse-env";

export { ConfigError };

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (
        (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname !== ""
      );
    } catch {
      return false;
    }
  }, "is invalid: must look like postgres://user:password@host:5432/database");

const port = z.coerce.number().int().min(1).max(65535);

const databaseEnvSchema = z.object({
  DATABASE_URL: postgresUrl.optional(),
  SOLEUS_DATA_DIR: z.string().trim().min(1).default(".data"),
  SOLEUS_DB_PORT: port.default(54329),
});

export type DatabaseEnv = z.infer<typeof databaseEnvSchema>;

/** Validates the database settings once; the error names the variable and what is wrong. */
export function readDatabaseEnv(
  source: Record<string, string | undefined> = process.env,
): DatabaseEnv {
  return parseEnv(databaseEnvSchema, source);
}

/** The data directory as an absolute path (relative paths are taken from `cwd`). */
export function resolveDataDir(env: DatabaseEnv, cwd: string = process.cwd()): string {
  return path.resolve(cwd, env.SOLEUS_DATA_DIR);
}

/**
 * Tests only: the prefix of the databases test files create on TEST_DATABASE_URL's server
 * (`soleus_test` unless TEST_DATABASE_PREFIX names another, e.g. to tell apart who made them).
 */
export function readTestDatabasePrefix(
  source: Record<string, string | undefined> = process.env,
): string {
  const value = source.TEST_DATABASE_PREFIX?.trim();
  if (!value) return "soleus_test";
  if (!/^[a-z_][a-z0-9_]{0,29}$/.test(value))
    throw new ConfigError(
      "TEST_DATABASE_PREFIX must be 1-30 lower-case letters, digits or _ (not starting with a digit)",
    );
  return value;
}

/** Tests only: the PostgreSQL server on which test files create their own databases, if any. */
export function readTestDatabaseUrl(
  source: Record<string, string | undefined> = process.env,
): string | undefined {
  const value = source.TEST_DATABASE_URL?.trim();
  if (!value) return undefined;
  const parsed = postgresUrl.safeParse(value);
  if (!parsed.success)
    throw new ConfigError(`TEST_DATABASE_URL ${parsed.error.issues[0]?.message ?? "is invalid"}`);
  return parsed.data;
}
