import { parseEnv } from "@soleus/db/parse-env";
import { z } from "zod";

const apiEnvSchema = z.object({
  DATABASE_URL: z.string({ error: "is required (the run command sets it for you)" }),
  /** Browser tests only (see test-clock.ts): a file holding the clock's offset in milliseconds. */
  SOLEUS_TEST_CLOCK: z.string().min(1).optional(),
});

export type ApiEnv = z.infer<typeof apiEnvSchema>;

/** The server-side settings the API needs, validated on first use. */
export function readApiEnv(source: Record<string, string | undefined> = process.env): ApiEnv {
  return parseEnv(apiEnvSchema, source);
}
