import { appOrigin, readAuthEnv, type AuthEnv } from "./env";
import type { AppName } from "./cookies";

let cached: AuthEnv | undefined;

/** This process's authentication settings, read and validated once. */
export function authSettings(): AuthEnv {
  cached ??= readAuthEnv();
  return cached;
}

/** How one app is reached: its public origin and whether cookies must be Secure (HTTPS). */
export function appSite(
  app: AppName,
  env: AuthEnv = authSettings(),
): { origin: string; secure: boolean } {
  const origin = appOrigin(env, app);
  return { origin, secure: origin.startsWith("https://") };
}
