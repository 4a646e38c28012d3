import { z } from "zod";

const apiEnvSchema = z.object({
  DATABASE_URL: z.string().min(1, "is required (the run command sets it for you)"),
});

export type ApiEnv = z.infer<typeof apiEnvSchema>;

/** The server-side settings the API needs, validated on first use. */
export function readApiEnv(source: Record<string, string | undefined> = process.env): ApiEnv {
  const parsed = apiEnvSchema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${String(issue?.path[0] ?? "configuration")} ${issue?.message ?? "is invalid"}`);
  }
  return parsed.data;
}
