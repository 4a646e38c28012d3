import { and, eq } from "drizzle-orm";
import type { Adapter, AdapterAccount, AdapterSession, AdapterUser } from "@auth/core/adapters";
import { accounts, sessions, users, verificationTokens } from "@soleus/db/schema";
import type { AppName } from "./cookies";
import type { Database } from "./db-types";
import { normaliseEmail } from "./email";
import { endSession, hashSessionToken, insertSession, readSession } from "./session";

type UserRow = typeof users.$inferSelect;

function toAdapterUser(row: UserRow): AdapterUser {
  return {
    id: row.id,
    email: row.email,
    emailVerified: row.emailVerified,
    name: row.name,
    image: row.image,
  };
}

/**
 * Auth.js's storage, over the same tables and session rules as password sign-in: session
 * tokens are stored hashed and carry the user's session version, so magic-link and OAuth
 * sessions are revoked exactly like password ones, and bound to the app whose sign-in issued
 * them like password ones. New users are learners. `now` is the clock (injectable for tests).
 */
export function createAuthAdapter(
  db: Database,
  app: AppName,
  now: () => Date = () => new Date(),
): Adapter {
  return {
    async createUser(user) {
      const [row] = await db
        .insert(users)
        .values({
          email: normaliseEmail(user.email),
          name: user.name ?? null,
          image: user.image ?? null,
          emailVerified: user.emailVerified ?? null,
        })
        .returning();
      if (!row) throw new Error("user not created");
      return toAdapterUser(row);
    },
    async getUser(id) {
      const row = await db.query.users.findFirst({ where: eq(users.id, id) });
      return row ? toAdapterUser(row) : null;
    },
    async getUserByEmail(email) {
      const row = await db.query.users.findFirst({ where: eq(users.email, normaliseEmail(email)) });
      return row ? toAdapterUser(row) : null;
    },
    async getUserByAccount({ provider, providerAccountId }) {
      const [row] = await db
        .select({ user: users })
        .from(accounts)
        .innerJoin(users, eq(users.id, accounts.userId))
        .where(
          and(eq(accounts.provider, provider), eq(accounts.providerAccountId, providerAccountId)),
        )
        .limit(1);
      return row ? toAdapterUser(row.user) : null;
    },
    async updateUser(user) {
      // Only what sign-in itself may change: never role, password or disabled state.
      const [row] = await db
        .update(users)
        .set({
          ...(user.name !== undefined ? { name: user.name } : {}),
          ...(user.image !== undefined ? { image: user.image } : {}),
          ...(user.emailVerified !== undefined ? { emailVerified: user.emailVerified } : {}),
          updatedAt: now(),
        })
        .where(eq(users.id, user.id))
        .returning();
      if (!row) throw new Error("user not found");
      return toAdapterUser(row);
    },
    async linkAccount(account: AdapterAccount) {
      await db.insert(accounts).values({
        userId: account.userId,
        type: account.type,
        provider: account.provider,
        providerAccountId: account.providerAccountId,
        refreshToken: account.refresh_token ?? null,
        accessToken: account.access_token ?? null,
        expiresAt: account.expires_at ?? null,
        tokenType: account.token_type ?? null,
        scope: account.scope ?? null,
        idToken: account.id_token ?? null,
        sessionState: typeof account.session_state === "string" ? account.session_state : null,
      });
    },
    async createSession(session): Promise<AdapterSession> {
      await insertSession(db, {
        tokenHash: hashSessionToken(session.sessionToken),
        userId: session.userId,
        app,
        expires: session.expires,
      });
      return session;
    },
    async getSessionAndUser(sessionToken) {
      const session = await readSession(db, sessionToken, app);
      if (!session) return null;
      const row = await db.query.users.findFirst({ where: eq(users.id, session.user.id) });
      if (!row) return null;
      return {
        session: { sessionToken, userId: row.id, expires: session.expires },
        user: toAdapterUser(row),
      };
    },
    async updateSession(session) {
      const [row] = await db
        .update(sessions)
        .set(session.expires ? { expires: session.expires } : {})
        .where(
          and(
            eq(sessions.sessionToken, hashSessionToken(session.sessionToken)),
            eq(sessions.app, app),
          ),
        )
        .returning();
      return row
        ? { sessionToken: session.sessionToken, userId: row.userId, expires: row.expires }
        : null;
    },
    async deleteSession(sessionToken) {
      await endSession(db, sessionToken);
    },
    async createVerificationToken(token) {
      await db.insert(verificationTokens).values({
        identifier: normaliseEmail(token.identifier),
        token: token.token,
        expires: token.expires,
      });
      return token;
    },
    async useVerificationToken({ identifier, token }) {
      const [row] = await db
        .delete(verificationTokens)
        .where(
          and(
            eq(verificationTokens.identifier, normaliseEmail(identifier)),
            eq(verificationTokens.token, token),
          ),
        )
        .returning();
      return row ?? null;
    },
  };
}
