import "server-only";
import { clientAddress } from "@soleus/auth/client-address";
import {
  cookieName,
  cookieOptions,
  readCookie,
  type AppName,
  type CookieOptions,
} from "@soleus/auth/cookies";
import { adminExists, createFirstAdmin, type SetupErrors } from "@soleus/auth/first-admin";
import { readRequestSession } from "@soleus/auth/request-session";
import { createSession, endSession, type Session } from "@soleus/auth/session";
import { appSite, authSettings } from "@soleus/auth/settings";
import { signInWithPassword } from "@soleus/auth/sign-in";
import { signUpLearner, type FieldErrors } from "@soleus/auth/sign-up";
import { requestLearnerSignUp } from "@soleus/auth/learner-sign-up";
import { mailerFor, signInMethods } from "./auth-setup";
import { getServerRuntime } from "../runtime/runtime";

/** A cookie for the app to set (the api package does not depend on Next). */
export interface SessionCookie {
  name: string;
  value: string;
  options: CookieOptions;
}

export type AccountResult =
  { ok: true; cookie: SessionCookie } | { ok: false; errors: FieldErrors };

function db(app: AppName) {
  return getServerRuntime(app).database.db;
}

function sessionCookie(app: AppName, token: string, expires: Date): SessionCookie {
  const { secure } = appSite(app);
  return {
    name: cookieName(app, "session", secure),
    value: token,
    options: cookieOptions(secure, expires),
  };
}

/** The signed-in person of a request to this app, checked against the database, or null. */
export function currentSession(headers: Headers, app: AppName): Promise<Session | null> {
  return readRequestSession(db(app), headers, { app, secure: appSite(app).secure });
}

/** Email + password sign-in (rate limited); on success, the session cookie to set. */
export async function signInFromRequest(
  headers: Headers,
  app: AppName,
  input: { email: string; password: string },
): Promise<AccountResult> {
  const email = input.email.trim();
  if (!email || !input.password)
    return { ok: false, errors: { form: "Enter your email address and your password." } };
  const result = await signInWithPassword(db(app), {
    email,
    password: input.password,
    ip: clientAddress(headers, authSettings().SOLEUS_TRUSTED_PROXY_HOPS),
    app,
    emailLinkOffered: signInMethods(app).magicLink,
  });
  if (!result.ok) return { ok: false, errors: { form: result.message } };
  return { ok: true, cookie: sessionCookie(app, result.session.token, result.session.expires) };
}

/**
 * Learner sign-up on the learner site. With email available, the answer is "check your email"
 * whether or not the email has an account (decision 0018); without any way to send email (HTTPS
 * and no SMTP), the account is made and signed in at once, as nothing could confirm it.
 */
export async function signUpFromRequest(
  headers: Headers,
  input: { name: string; email: string; password: string },
  next = "/",
): Promise<AccountResult | { ok: true; checkEmail: true }> {
  const mailer = mailerFor("web");
  if (mailer) {
    const origin = appSite("web").origin;
    const requested = await requestLearnerSignUp(db("web"), {
      ...input,
      ip: clientAddress(headers, authSettings().SOLEUS_TRUSTED_PROXY_HOPS),
      now: new Date(),
      links: {
        confirm: (token) =>
          `${origin}/sign-up/confirm?${new URLSearchParams({ token, next }).toString()}`,
        signIn: `${origin}/sign-in`,
        reset: `${origin}/forgot-password`,
      },
    });
    if (!requested.ok) return requested;
    await mailer(requested.email);
    return { ok: true, checkEmail: true };
  }
  const created = await signUpLearner(db("web"), input);
  if (!created.ok) return created;
  const session = await createSession(db("web"), created.user.id, "web");
  return { ok: true, cookie: sessionCookie("web", session.token, session.expires) };
}

/**
 * Ends this device's session; returns the cookie that clears it, with the same flags it was
 * set with (a `__Host-`/Secure cookie is only removed by a Secure Set-Cookie).
 */
export async function signOutFromRequest(headers: Headers, app: AppName): Promise<SessionCookie> {
  const { secure } = appSite(app);
  const name = cookieName(app, "session", secure);
  await endSession(db(app), readCookie(headers, name));
  return { name, value: "", options: cookieOptions(secure, new Date(0)) };
}

/** Whether the admin app still needs its first admin (the setup page exists only then). */
export async function needsFirstAdmin(): Promise<boolean> {
  return !(await adminExists(db("admin")));
}

/** First run: creates the first admin (once, ever) and signs them in. */
export async function setUpFirstAdmin(input: {
  name: string;
  email: string;
  password: string;
  setupCode: string;
}): Promise<
  AccountResult | { ok: false; alreadySetUp: true } | { ok: false; errors: SetupErrors }
> {
  const created = await createFirstAdmin(db("admin"), input);
  if (!created.ok) return created;
  const session = await createSession(db("admin"), created.user.id, "admin");
  return { ok: true, cookie: sessionCookie("admin", session.token, session.expires) };
}
