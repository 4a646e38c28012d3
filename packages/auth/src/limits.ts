import type { LimitSpec } from "./rate-limit-store";

const HOUR = 3600;

/**
 * Every limit in one place (decision 0018). Per account, wrong passwords slow the next try with
 * growing waits; per address, the ceiling is twenty times higher, so a household or a class behind
 * one address is never stopped by one member's typos. Emails (links, resets, sign-ups) are limited
 * per address and per email so nobody can flood an inbox.
 */
export const LIMITS = {
  /** Wrong passwords in a row for one email (known account or not), forgotten a day after the first. */
  accountFailures: { name: "sign-in-account-failures", points: 10_000, durationSeconds: 24 * HOUR },
  /** The wait an account is in after too many wrong passwords (set with block()). */
  accountWait: { name: "sign-in-account-wait", points: 1, durationSeconds: 1 },
  /** Wrong passwords from one address, whatever the account. */
  addressFailures: { name: "sign-in-address-failures", points: 100, durationSeconds: HOUR },
  /** Sign-in links and password-reset links asked for one email. */
  emailLinksPerEmail: { name: "email-links-per-email", points: 5, durationSeconds: HOUR },
  /** Sign-in links and password-reset links asked from one address. */
  emailLinksPerAddress: { name: "email-links-per-address", points: 30, durationSeconds: HOUR },
  /** Sign-up forms sent for one email. */
  signUpsPerEmail: { name: "sign-ups-per-email", points: 3, durationSeconds: HOUR },
  /** Sign-up forms sent from one address (a class signing up together fits). */
  signUpsPerAddress: { name: "sign-ups-per-address", points: 50, durationSeconds: HOUR },
} as const satisfies Record<string, LimitSpec>;

/** Wrong passwords in a row that cost nothing: a few typos never make anyone wait. */
export const FREE_PASSWORD_FAILURES = 4;

/** The wait after the n-th wrong password in a row: none, then 1, 5, 15 and 60 minutes. */
export function waitAfterFailures(failures: number): number {
  const schedule = [60, 5 * 60, 15 * 60];
  if (failures <= FREE_PASSWORD_FAILURES) return 0;
  return schedule[failures - FREE_PASSWORD_FAILURES - 1] ?? HOUR;
}
