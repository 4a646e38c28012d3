import type { AppName } from "@soleus/db/schema";
import { parseEnv } from "@soleus/db/parse-env";
import { z } from "zod";

const httpUrl = z
  .string()
  .trim()
  .pipe(z.url("must be a full address like https://learn.example.org"))
  .refine((value) => /^https?:\/\//.test(value), "must start with http:// or https://")
  .transform((value) => new URL(value).origin);

const authEnvSchema = z.object({
  AUTH_SECRET: z
    .string({
      error:
        "is required (npm start creates one in the data directory; in production set it: openssl rand -base64 33)",
    })
    .min(32, "must be at least 32 characters (openssl rand -base64 33)"),
  SOLEUS_WEB_URL: httpUrl.default("http://127.0.0.1:3000"),
  SOLEUS_ADMIN_URL: httpUrl.default("http://127.0.0.1:3001"),
  SMTP_URL: z
    .string()
    .trim()
    .pipe(z.url("must look like smtps://user:password@smtp.example.org:465"))
    .optional(),
  SMTP_FROM: z.string().trim().min(3).default("Soleus <no-reply@soleus.invalid>"),
  AUTH_GITHUB_ID: z.string().trim().min(1).optional(),
  AUTH_GITHUB_SECRET: z.string().trim().min(1).optional(),
  AUTH_GOOGLE_ID: z.string().trim().min(1).optional(),
  AUTH_GOOGLE_SECRET: z.string().trim().min(1).optional(),
  /** Proxies in front of the app that append to X-Forwarded-For (0: Next.js itself is the edge). */
  SOLEUS_TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  /** Development only (no SMTP, plain HTTP): a file that every printed email is also appended to. */
  SOLEUS_DEV_OUTBOX: z.string().trim().min(1).optional(),
});

export type AuthEnv = z.infer<typeof authEnvSchema>;

/** The authentication settings, validated; the error names the variable and what is wrong. */
export function readAuthEnv(source: Record<string, string | undefined> = process.env): AuthEnv {
  return parseEnv(authEnvSchema, source);
}

/** The app's public origin: sign-in links, origin checks and Secure cookies follow it. */
export function appOrigin(env: AuthEnv, app: AppName): string {
  return app === "web" ? env.SOLEUS_WEB_URL : env.SOLEUS_ADMIN_URL;
}
