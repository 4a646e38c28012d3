import "server-only";
import { clientAddress } from "@soleus/auth/client-address";
import { cookieName, cookieOptions, type AppName } from "@soleus/auth/cookies";
import { confirmLearnerSignUp } from "@soleus/auth/learner-sign-up";
import { requestPasswordReset, resetLinkWorks, resetPassword } from "@soleus/auth/password-reset";
import { APP_ROLES } from "@soleus/auth/roles";
import { createSession } from "@soleus/auth/session";
import { appSite, authSettings } from "@soleus/auth/settings";
import { getServerRuntime } from "../runtime/runtime";
import type { SessionCookie } from "./account";
import { mailerFor } from "./auth-setup";

function db(app: AppName) {
  return getServerRuntime(app).database.db;
}

/** Whether this app can send reset links at all (the sign-in page offers "Forgot your password?" only then). */
export function canResetPasswords(app: AppName): boolean {
  return mailerFor(app) !== null;
}

/**
 * "Forgot your password?": emails a reset link when the account exists and may use this app. The
 * answer is the same either way; only the limits (per email, per address) give a different one.
 */
export async function requestPasswordResetFromRequest(
  headers: Headers,
  app: AppName,
  email: string,
): Promise<{ ok: true } | { ok: false; message: string }> {
  const mailer = mailerFor(app);
  if (!mailer)
    return {
      ok: false,
      message:
        "Password resets need email, which this server cannot send. Please contact the Soleus team.",
    };
  const origin = appSite(app).origin;
  const result = await requestPasswordReset(db(app), {
    email,
    ip: clientAddress(headers, authSettings().SOLEUS_TRUSTED_PROXY_HOPS),
    allowedRoles: APP_ROLES[app],
    now: new Date(),
    resetUrl: (token) => `${origin}/reset-password?token=${encodeURIComponent(token)}`,
  });
  if (!result.ok) return result;
  if (result.email) await mailer(result.email);
  return { ok: true };
}

/** Whether a reset link still works (for the page behind it). */
export function resetLinkWorksFor(app: AppName, token: string): Promise<boolean> {
  return resetLinkWorks(db(app), token, new Date());
}

/** Sets the new password behind a reset link; every session of the account ends. */
export function resetPasswordFromRequest(app: AppName, token: string, password: string) {
  return resetPassword(db(app), { token, password, now: new Date() });
}

/** The sign-up confirmation link: creates the learner's account and signs them in on this device. */
export async function confirmSignUpFromRequest(
  token: string,
): Promise<{ ok: true; cookie: SessionCookie } | { ok: false; message: string }> {
  const confirmed = await confirmLearnerSignUp(db("web"), { token, now: new Date() });
  if (!confirmed.ok) return confirmed;
  const session = await createSession(db("web"), confirmed.user.id, "web");
  const { secure } = appSite("web");
  return {
    ok: true,
    cookie: {
      name: cookieName("web", "session", secure),
      value: session.token,
      options: cookieOptions(secure, session.expires),
    },
  };
}
