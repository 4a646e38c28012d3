import { LIMITS, waitAfterFailures } from "./limits";
import {
  countOne,
  limiter,
  limitKey,
  minutesFrom,
  minutesText,
  pointsUsed,
} from "./rate-limit-store";
import type { Transaction } from "./db-types";

/** Why password sign-in is paused right now, and for how long. */
export interface SignInPause {
  scope: "account" | "address";
  minutes: number;
}

/** What a sign-in says about the link when a pause is on: the way in that always works. */
function linkTail(emailLinkOffered: boolean): string {
  return emailLinkOffered
    ? " You can sign in right now with an emailed sign-in link instead (below)."
    : " If you have forgotten your password, choose “Forgot your password?”.";
}

/** The words for a pause, in plain language. */
export function pauseMessage(pause: SignInPause, emailLinkOffered: boolean): string {
  const wait = minutesText(pause.minutes);
  const why =
    pause.scope === "account"
      ? `To keep this account safe after several wrong passwords, please wait ${wait} before trying a password again.`
      : `Many wrong passwords were tried from your network in the last hour, so please wait ${wait} before trying a password again.`;
  return why + linkTail(emailLinkOffered);
}

/** The warning after a wrong password when the next wrong one would start a wait. */
export function lastTryWarning(nextWaitSeconds: number, emailLinkOffered: boolean): string {
  const wait = minutesText(minutesFrom(nextWaitSeconds * 1000));
  return emailLinkOffered
    ? `One more wrong password and you will need to wait ${wait}, or use the emailed sign-in link.`
    : `One more wrong password and you will need to wait ${wait}.`;
}

/**
 * Per-account and per-address password throttling over rate-limiter-flexible's PostgreSQL store,
 * inside the caller's transaction (which holds the per-email advisory lock).
 */
export function signInThrottle(tx: Transaction, email: string, ip: string) {
  const failures = limiter(tx, LIMITS.accountFailures);
  const wait = limiter(tx, LIMITS.accountWait);
  const address = limiter(tx, LIMITS.addressFailures);
  return {
    /** The pause in force for this email or this address, or null. */
    async pauseInForce(): Promise<SignInPause | null> {
      const accountWait = await pointsUsed(wait, email);
      if (accountWait.used > LIMITS.accountWait.points)
        return { scope: "account", minutes: minutesFrom(accountWait.msLeft) };
      const fromAddress = await pointsUsed(address, ip);
      if (fromAddress.used >= LIMITS.addressFailures.points)
        return { scope: "address", minutes: minutesFrom(fromAddress.msLeft) };
      return null;
    },
    /** Counts a wrong password; returns the wait it starts now and the one the next would start. */
    async recordFailure(): Promise<{ waitSeconds: number; nextWaitSeconds: number }> {
      const { used } = await countOne(failures, email);
      await countOne(address, ip);
      const waitSeconds = waitAfterFailures(used);
      if (waitSeconds > 0) await wait.block(limitKey(email), waitSeconds);
      return { waitSeconds, nextWaitSeconds: waitAfterFailures(used + 1) };
    },
    /** The right password: the account's wrong tries are forgotten (the address's are not). */
    async recordSuccess(): Promise<void> {
      await failures.delete(limitKey(email));
      await wait.delete(limitKey(email));
    },
  };
}

/** Forgets an account's wrong passwords and wait (after a password reset). */
export async function clearAccountThrottle(tx: Transaction, email: string): Promise<void> {
  await limiter(tx, LIMITS.accountFailures).delete(limitKey(email));
  await limiter(tx, LIMITS.accountWait).delete(limitKey(email));
}
