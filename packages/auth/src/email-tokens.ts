import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import { emailTokens } from "@soleus/db/schema";
import type { Executor } from "./db-types";

export type EmailTokenPurpose = "password_reset" | "sign_up";

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Stores a new single-use token (only its hash) and returns the token for the emailed link. */
export async function createEmailToken(
  db: Executor,
  row: {
    purpose: EmailTokenPurpose;
    email: string;
    userId?: string;
    payload?: Record<string, string>;
    now: Date;
    validMinutes: number;
  },
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.insert(emailTokens).values({
    tokenHash: hashToken(token),
    purpose: row.purpose,
    email: row.email,
    userId: row.userId ?? null,
    payload: row.payload ?? {},
    expiresAt: new Date(row.now.getTime() + row.validMinutes * 60_000),
    createdAt: row.now,
  });
  return token;
}

/** The unused, unexpired token behind a link, locked for this transaction, or null. Does not use it up. */
export async function findUsableEmailToken(
  tx: Executor,
  purpose: EmailTokenPurpose,
  token: string,
  now: Date,
) {
  if (token.length === 0 || token.length > 100) return null;
  const [row] = await tx
    .select()
    .from(emailTokens)
    .where(
      and(
        eq(emailTokens.tokenHash, hashToken(token)),
        eq(emailTokens.purpose, purpose),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, now),
      ),
    )
    .for("update")
    .limit(1);
  return row ?? null;
}

/** Uses a token up, with every other open token of the same kind for the same email. */
export async function useUpEmailTokens(
  tx: Executor,
  purpose: EmailTokenPurpose,
  email: string,
  now: Date,
): Promise<void> {
  await tx
    .update(emailTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(emailTokens.purpose, purpose),
        eq(emailTokens.email, email),
        isNull(emailTokens.usedAt),
      ),
    );
}
