import { createHash, randomInt, timingSafeEqual } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { setupCodes } from "@soleus/db/schema";
import type { Executor } from "./db-types";

const FIRST_ADMIN = "first-admin";
// No 0/O or 1/I: the code is read from a terminal and typed by hand.
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
/** Wrong codes allowed before the code stops working (a new start of the run command makes a new one). */
export const SETUP_CODE_ATTEMPTS = 5;

/** A fresh code like "K7QX-M2PD": 8 characters from 32, 40 bits, shown once in the run command's log. */
export function generateSetupCode(pick: (max: number) => number = randomInt): string {
  const characters = Array.from({ length: 8 }, () => ALPHABET[pick(ALPHABET.length)] ?? "A");
  return `${characters.slice(0, 4).join("")}-${characters.slice(4).join("")}`;
}

/** The code as people may type it: any case, with or without the dash or spaces. */
function normalise(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, "");
}

function hash(code: string): string {
  return createHash("sha256").update(normalise(code)).digest("hex");
}

/** Stores a new first-admin setup code (replacing any older one) and returns it for the log. */
export async function issueFirstAdminSetupCode(
  db: Executor,
  now: Date,
  code: string = generateSetupCode(),
): Promise<string> {
  await db
    .insert(setupCodes)
    .values({ purpose: FIRST_ADMIN, codeHash: hash(code), failedAttempts: 0, createdAt: now })
    .onConflictDoUpdate({
      target: setupCodes.purpose,
      set: { codeHash: hash(code), failedAttempts: 0, createdAt: now },
    });
  return code;
}

export type SetupCodeCheck =
  { ok: true } | { ok: false; reason: "missing" | "used-up" | "wrong"; attemptsLeft: number };

/**
 * Checks a typed code inside the caller's transaction (which must hold the first-admin lock).
 * A wrong code counts against the limit; after the last one the code stops working.
 */
export async function checkFirstAdminSetupCode(
  tx: Executor,
  typed: string,
): Promise<SetupCodeCheck> {
  const [row] = await tx
    .select()
    .from(setupCodes)
    .where(eq(setupCodes.purpose, FIRST_ADMIN))
    .limit(1);
  if (!row) return { ok: false, reason: "missing", attemptsLeft: 0 };
  if (row.failedAttempts >= SETUP_CODE_ATTEMPTS)
    return { ok: false, reason: "used-up", attemptsLeft: 0 };
  const expected = Buffer.from(row.codeHash, "hex");
  const given = Buffer.from(hash(typed), "hex");
  if (normalise(typed).length > 0 && timingSafeEqual(expected, given)) return { ok: true };
  await tx
    .update(setupCodes)
    .set({ failedAttempts: sql`${setupCodes.failedAttempts} + 1` })
    .where(eq(setupCodes.purpose, FIRST_ADMIN));
  const attemptsLeft = SETUP_CODE_ATTEMPTS - row.failedAttempts - 1;
  return { ok: false, reason: attemptsLeft > 0 ? "wrong" : "used-up", attemptsLeft };
}

/** The code did its job (the first admin exists): it can never be used again. */
export async function discardFirstAdminSetupCode(tx: Executor): Promise<void> {
  await tx.delete(setupCodes).where(eq(setupCodes.purpose, FIRST_ADMIN));
}
