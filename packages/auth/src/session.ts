import { createHash, randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { sessions, users, type AppName } from "@soleus/db/schema";
import type { Executor } from "./db-types";
import type { Role } from "./roles";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** The signed-in person as every request sees them, read fresh from the database. */
export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  role: Role;
}

export interface Session {
  user: SessionUser;
  expires: Date;
}

/** A new random session token (256 bits), as it goes into the cookie. */
export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What the database keeps instead of the token itself. */
export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Starts a session for a user in one app (the only app that will accept it); returns the cookie's token and expiry. */
export async function createSession(
  db: Executor,
  userId: string,
  app: AppName,
  now: Date = new Date(),
): Promise<{ token: string; expires: Date }> {
  const token = newSessionToken();
  const expires = new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000);
  await insertSession(db, { tokenHash: hashSessionToken(token), userId, app, expires });
  return { token, expires };
}

/** Stores a session for the app that issued it, under the user's current session version. */
export async function insertSession(
  db: Executor,
  row: { tokenHash: string; userId: string; app: AppName; expires: Date },
): Promise<void> {
  await db.insert(sessions).values({
    sessionToken: row.tokenHash,
    userId: row.userId,
    app: row.app,
    expires: row.expires,
    sessionVersion: sql`(select ${users.sessionVersion} from ${users} where ${users.id} = ${row.userId})`,
  });
}

/**
 * The session behind a cookie token in one app, or null. Checked on every request: expired,
 * disabled users, sessions from before a "sign out everywhere", role change or disable, and
 * sessions another app issued (a learner-site token in the admin app's cookie) are all null.
 */
export async function readSession(
  db: Executor,
  token: string | undefined,
  app: AppName,
  now: Date = new Date(),
): Promise<Session | null> {
  if (!token || token.length > 200) return null;
  const [row] = await db
    .select({
      app: sessions.app,
      expires: sessions.expires,
      sessionVersion: sessions.sessionVersion,
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      userVersion: users.sessionVersion,
      disabledAt: users.disabledAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.sessionToken, hashSessionToken(token)))
    .limit(1);
  if (
    row?.app !== app ||
    row.expires.getTime() <= now.getTime() ||
    row.disabledAt !== null ||
    row.sessionVersion !== row.userVersion
  )
    return null;
  return {
    user: { id: row.id, email: row.email, name: row.name, role: row.role },
    expires: row.expires,
  };
}

/** Ends one session (sign out on this device). */
export async function endSession(db: Executor, token: string | undefined): Promise<void> {
  if (token) await db.delete(sessions).where(eq(sessions.sessionToken, hashSessionToken(token)));
}

/**
 * Ends every session of a user on their next request: bumps the session version (so even a
 * session row written concurrently no longer counts) and deletes the rows.
 */
export async function revokeAllSessions(
  db: Executor,
  userId: string,
  now: Date = new Date(),
): Promise<void> {
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: now })
    .where(eq(users.id, userId));
  await db.delete(sessions).where(eq(sessions.userId, userId));
}
