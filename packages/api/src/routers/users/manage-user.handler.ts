import { TRPCError } from "@trpc/server";
import { and, count, eq, isNull, ne, sql } from "drizzle-orm";
import { recordAudit } from "@soleus/auth/audit";
import type { Database, Transaction } from "@soleus/auth/db-types";
import type { Role } from "@soleus/auth/roles";
import { revokeAllSessions } from "@soleus/auth/session";
import { users } from "@soleus/db/schema";

interface Actor {
  id: string;
  ip: string;
  /** When the change happens (the request's clock). */
  at: Date;
}

async function lockedUser(tx: Transaction, userId: string) {
  // Serialise admin changes so "at least one active admin" cannot be raced away.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('soleus-user-admin'))`);
  const user = await tx.query.users.findFirst({ where: eq(users.id, userId) });
  if (!user) throw new TRPCError({ code: "NOT_FOUND", message: "There is no such user." });
  return user;
}

async function assertAnotherActiveAdmin(tx: Transaction, userId: string): Promise<void> {
  const [row] = await tx
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, "admin"), isNull(users.disabledAt), ne(users.id, userId)));
  if ((row?.n ?? 0) === 0) {
    throw new TRPCError({
      code: "CONFLICT",
      message: "Soleus needs at least one active admin. Make someone else an admin first.",
    });
  }
}

/** Changes a role; the user's sessions end, so the new role applies from their next request. */
export async function changeRole(db: Database, actor: Actor, userId: string, role: Role) {
  return db.transaction(async (tx) => {
    const user = await lockedUser(tx, userId);
    if (user.role === role) return { id: user.id, role };
    if (user.role === "admin") await assertAnotherActiveAdmin(tx, user.id);
    await tx.update(users).set({ role, updatedAt: actor.at }).where(eq(users.id, user.id));
    await revokeAllSessions(tx, user.id, actor.at);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.role_changed",
      targetType: "user",
      targetId: user.id,
      ip: actor.ip,
      at: actor.at,
      details: { from: user.role, to: role },
    });
    return { id: user.id, role };
  });
}

/** Switches an account off (sessions end at once) or back on. */
export async function setDisabled(db: Database, actor: Actor, userId: string, disabled: boolean) {
  return db.transaction(async (tx) => {
    const user = await lockedUser(tx, userId);
    if (disabled && user.role === "admin") await assertAnotherActiveAdmin(tx, user.id);
    await tx
      .update(users)
      .set({ disabledAt: disabled ? actor.at : null, updatedAt: actor.at })
      .where(eq(users.id, user.id));
    if (disabled) await revokeAllSessions(tx, user.id, actor.at);
    await recordAudit(tx, {
      actorId: actor.id,
      action: disabled ? "user.disabled" : "user.enabled",
      targetType: "user",
      targetId: user.id,
      ip: actor.ip,
      at: actor.at,
    });
    return { id: user.id, disabled };
  });
}

/** Ends every session of a user (theirs on every device) on their next request. */
export async function signOutEverywhere(db: Database, actor: Actor, userId: string) {
  return db.transaction(async (tx) => {
    const user = await tx.query.users.findFirst({
      where: eq(users.id, userId),
      columns: { id: true },
    });
    if (!user) throw new TRPCError({ code: "NOT_FOUND", message: "There is no such user." });
    await revokeAllSessions(tx, user.id, actor.at);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.signed_out_everywhere",
      targetType: "user",
      targetId: user.id,
      ip: actor.ip,
      at: actor.at,
    });
    return { id: user.id };
  });
}
