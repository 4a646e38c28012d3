import type { z } from "zod";

/** Thrown when configuration is invalid; the message is one line naming the variable. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/**
 * Validates settings from the environment against a schema, with empty values counted as unset.
 * The one shared wrapper for every package's env.ts: the error names the variable and what is
 * wrong ("SOLEUS_WEB_URL must start with http://…", "SOLEUS_DB_PORT is invalid: …").
 */
export function parseEnv<Schema extends z.ZodType>(
  schema: Schema,
  source: Record<string, string | undefined>,
): z.infer<Schema> {
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ""),
  );
  const parsed = schema.safeParse(cleaned);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const name = String(issue?.path[0] ?? "configuration");
  const message = issue?.message ?? "unknown problem";
  // Our own messages read on from the name ("must …", "is required …"); zod's defaults do not.
  throw new ConfigError(
    /^(is|must) /.test(message) ? `${name} ${message}` : `${name} is invalid: ${message}`,
  );
}
