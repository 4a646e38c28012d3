import "server-only";
import { enabledMethods, handleAuthRequest, type AuthSetup } from "@soleus/auth/auth-config";
import type { AppName } from "@soleus/auth/cookies";
import { chooseLinkDelivery } from "@soleus/auth/magic-link";
import { chooseMailer, type Mailer } from "@soleus/auth/mailer";
import { appSite, authSettings } from "@soleus/auth/settings";
import { getServerRuntime } from "../runtime/runtime";

const setups = new Map<AppName, AuthSetup>();

/** This process's Auth.js setup for one app (database pool, settings, link delivery), built once. */
export function authSetupFor(app: AppName): AuthSetup {
  let setup = setups.get(app);
  if (!setup) {
    const env = authSettings();
    const site = appSite(app, env);
    setup = {
      app,
      db: getServerRuntime(app).database.db,
      env,
      site,
      deliverLink: chooseLinkDelivery(env, site.secure),
    };
    setups.set(app, setup);
  }
  return setup;
}

/** The route handler behind /api/auth/* (magic links, OAuth callbacks). */
export function handleAuthRoute(request: Request, app: AppName): Promise<Response> {
  return handleAuthRequest(request, authSetupFor(app));
}

/** Which sign-in methods to offer on the sign-in pages. */
export function signInMethods(app: AppName) {
  return enabledMethods(authSetupFor(app));
}

const mailers = new Map<AppName, Mailer | null>();

/** How this app sends account emails (resets, sign-up confirmations), or null when it cannot. */
export function mailerFor(app: AppName): Mailer | null {
  if (!mailers.has(app)) {
    const env = authSettings();
    mailers.set(app, chooseMailer(env, appSite(app, env).secure));
  }
  return mailers.get(app) ?? null;
}
