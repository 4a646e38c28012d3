import { Auth, type AuthConfig } from "@auth/core";
import GitHub from "@auth/core/providers/github";
import Google from "@auth/core/providers/google";
import Nodemailer from "@auth/core/providers/nodemailer";
import type { Provider } from "@auth/core/providers";
import { eq } from "drizzle-orm";
import { users } from "@soleus/db/schema";
import { createAuthAdapter } from "./adapter";
import { cookieName, cookieOptions, type AppName } from "./cookies";
import type { Database } from "./db-types";
import type { AuthEnv } from "./env";
import { normaliseEmail } from "./email";
import type { DeliverSignInLink } from "./magic-link";
import { APP_ROLES, roleAllows } from "./roles";
import { newSessionToken, SESSION_MAX_AGE_SECONDS } from "./session";
import { readLimitedBody } from "./read-limited-body";
import { recordAudit } from "./audit";
import { clientAddress } from "./client-address";
import { emailLinkAllowance } from "./email-limits";

// Auth.js forms carry an email, a token or a CSRF value: a few hundred bytes.
const MAX_AUTH_BODY_BYTES = 16 * 1024;

export const AUTH_BASE_PATH = "/api/auth";
/** The sign-in page's ?error= code when too many sign-in links were asked for. */
export const EMAIL_LIMIT_ERROR = "EmailLimit";

export interface AuthSetup {
  app: AppName;
  db: Database;
  env: AuthEnv;
  site: { origin: string; secure: boolean };
  /** Null switches magic links off. */
  deliverLink: DeliverSignInLink | null;
}

/** Which sign-in methods this deployment offers (for the sign-in pages). */
export function enabledMethods(setup: Pick<AuthSetup, "env" | "deliverLink">) {
  return {
    magicLink: setup.deliverLink !== null,
    github: Boolean(setup.env.AUTH_GITHUB_ID && setup.env.AUTH_GITHUB_SECRET),
    google: Boolean(setup.env.AUTH_GOOGLE_ID && setup.env.AUTH_GOOGLE_SECRET),
  };
}

/**
 * @auth/core for what it does best (magic links, OAuth, their CSRF, state and PKCE) over the
 * same database sessions as password sign-in. Each app has its own cookies. Disabled accounts,
 * and anyone but coaches and admins on the admin app, are refused before a link is even sent.
 */
export function createAuthConfig(setup: AuthSetup): AuthConfig {
  const { app, db, env, site, deliverLink } = setup;
  const providers: Provider[] = [];
  if (deliverLink) {
    providers.push(
      Nodemailer({
        server: env.SMTP_URL ?? "smtp://127.0.0.1:25",
        from: env.SMTP_FROM,
        sendVerificationRequest: ({ identifier, url }) => deliverLink(identifier, url),
      }),
    );
  }
  const methods = enabledMethods(setup);
  if (methods.github)
    providers.push(GitHub({ clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET }));
  if (methods.google)
    providers.push(Google({ clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET }));
  const cookie = (kind: Parameters<typeof cookieName>[1]) => ({
    name: cookieName(app, kind, site.secure),
    options: cookieOptions(site.secure),
  });

  return {
    basePath: AUTH_BASE_PATH,
    secret: env.AUTH_SECRET,
    // The request URL is rebuilt from the configured origin (handleAuthRequest), never from Host.
    trustHost: true,
    useSecureCookies: site.secure,
    adapter: createAuthAdapter(db, app),
    providers,
    session: {
      strategy: "database",
      maxAge: SESSION_MAX_AGE_SECONDS,
      updateAge: SESSION_MAX_AGE_SECONDS,
      generateSessionToken: newSessionToken,
    },
    cookies: {
      sessionToken: cookie("session"),
      csrfToken: cookie("csrf"),
      callbackUrl: cookie("callback"),
      state: cookie("state"),
      pkceCodeVerifier: cookie("pkce"),
      nonce: cookie("nonce"),
    },
    pages: { signIn: "/sign-in", verifyRequest: "/check-email", error: "/sign-in" },
    callbacks: {
      async signIn({ user, account, email: emailStep }) {
        const email = typeof user.email === "string" ? normaliseEmail(user.email) : null;
        if (!email) return false;
        const row = await db.query.users.findFirst({
          where: eq(users.email, email),
          columns: { role: true, disabledAt: true },
        });
        // New people may join through the learner site only; the admin app needs an existing
        // coach or admin; a switched-off account signs in nowhere.
        const allowed = row
          ? !row.disabledAt && roleAllows(row.role, APP_ROLES[app])
          : app === "web";
        if (allowed) return true;
        // Asking for an email link: answer exactly as when a link was sent ("check your email"),
        // but send nothing, so the form never tells a stranger whether an address has an account
        // here (issue 15). Any other refusal (OAuth, a forged link) is a plain AccessDenied.
        if (emailStep?.verificationRequest && account) {
          const query = new URLSearchParams({ provider: account.provider, type: account.type });
          return `${site.origin}${AUTH_BASE_PATH}/verify-request?${query.toString()}`;
        }
        return false;
      },
    },
    logger: {
      error: (error) => console.error(`[auth] ${error.name}: ${error.message}`),
      warn: () => undefined,
      debug: () => undefined,
    },
  };
}

/** Serves /api/auth/* for one app, with the request's URL rebuilt on the app's configured origin. */
export async function handleAuthRequest(request: Request, setup: AuthSetup): Promise<Response> {
  const incoming = new URL(request.url);
  const url = new URL(`${incoming.pathname}${incoming.search}`, setup.site.origin);
  const body =
    request.method === "POST" ? await readLimitedBody(request, MAX_AUTH_BODY_BYTES) : undefined;
  if (body === null) return new Response("This request is too large.", { status: 413 });
  if (body !== undefined && url.pathname === `${AUTH_BASE_PATH}/signin/nodemailer`) {
    const refusal = await refuseTooManyLinks(setup, request.headers, body);
    if (refusal) return refusal;
  }
  const rebuilt = new Request(url, {
    method: request.method,
    headers: request.headers,
    ...(body !== undefined ? { body } : {}),
  });
  return Auth(rebuilt, createAuthConfig(setup));
}

/**
 * Sign-in links are limited per email and per address (decision 0018) before Auth.js sends one;
 * over the limit, the sign-in page explains. Counted for any email, so it reveals no account.
 */
async function refuseTooManyLinks(
  setup: AuthSetup,
  headers: Headers,
  body: Uint8Array,
): Promise<Response | null> {
  const form = new URLSearchParams(new TextDecoder().decode(body));
  const email = normaliseEmail(form.get("email") ?? "").slice(0, 254);
  if (!email) return null;
  const ip = clientAddress(headers, setup.env.SOLEUS_TRUSTED_PROXY_HOPS);
  const allowed = await emailLinkAllowance(setup.db, email, ip);
  if (allowed.ok) return null;
  await recordAudit(setup.db, {
    actorId: null,
    action: "email_link.limited",
    targetType: "email",
    targetId: email,
    ip,
  });
  return new Response(null, {
    status: 302,
    headers: {
      location: new URL(`/sign-in?error=${EMAIL_LIMIT_ERROR}`, setup.site.origin).toString(),
    },
  });
}
