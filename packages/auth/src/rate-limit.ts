import { and, desc, eq, gt } from "drizzle-orm";
import { signInAttempts } from "@soleus/db/schema";
import type { Executor } from "./db-types";

export const SIGN_IN_LIMIT = { failures: 5, windowMinutes: 15 } as const;
const WINDOW_MS = SIGN_IN_LIMIT.windowMinutes * 60_000;

export interface Lockout {
  retryAfterMinutes: number;
  /** Which counter tripped: the account, or the client's address. */
  scope: "account" | "address";
}

/**
 * Whether password sign-in is locked for this account or this address: 5 failures within 15
 * minutes lock until the oldest of those 5 leaves the window. Stored in the database, so the
 * limit holds across every app instance.
 */
export async function findSignInLockout(db: Executor, email: string, ip: string, now: Date): Promise<Lockout | null> {
  const since = new Date(now.getTime() - WINDOW_MS);
  const unlockAt = async (column: typeof signInAttempts.email | typeof signInAttempts.ip, value: string) => {
    const rows = await db
      .select({ createdAt: signInAttempts.createdAt })
      .from(signInAttempts)
      .where(and(eq(column, value), eq(signInAttempts.succeeded, false), gt(signInAttempts.createdAt, since)))
      .orderBy(desc(signInAttempts.createdAt))
      .limit(SIGN_IN_LIMIT.failures);
    const fifth = rows[SIGN_IN_LIMIT.failures - 1];
    return fifth ? fifth.createdAt.getTime() + WINDOW_MS : 0;
  };
  const account = await unlockAt(signInAttempts.email, email);
  const address = await unlockAt(signInAttempts.ip, ip);
  const until = Math.max(account, address);
  if (until <= now.getTime()) return null;
  return { retryAfterMinutes: Math.max(1, Math.ceil((until - now.getTime()) / 60_000)), scope: account >= address ? "account" : "address" };
}

/** Records one password sign-in. A success clears the account's earlier failures. */
export async function recordSignInAttempt(db: Executor, attempt: { email: string; ip: string; succeeded: boolean; at: Date }): Promise<void> {
  if (attempt.succeeded) {
    await db.delete(signInAttempts).where(and(eq(signInAttempts.email, attempt.email), eq(signInAttempts.succeeded, false)));
  }
  await db.insert(signInAttempts).values({ email: attempt.email, ip: attempt.ip, succeeded: attempt.succeeded, createdAt: attempt.at });
}

/** "Too many attempts. Try again in 12 minutes." */
export function lockoutMessage(lockout: Lockout): string {
  const minutes = lockout.retryAfterMinutes;
  return `Too many attempts. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}
