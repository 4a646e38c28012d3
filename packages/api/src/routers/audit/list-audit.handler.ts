import { and, count, desc, eq, gte, ilike, lte, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "@soleus/auth/db-types";
import { auditLog, users } from "@soleus/db/schema";
import { AUDIT_PAGE_SIZE, type ListAuditInput } from "./audit.schema";

const actor = alias(users, "actor");
const target = alias(users, "target");

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function filtersFor(input: ListAuditInput): SQL | undefined {
  const filters: (SQL | undefined)[] = [];
  if (input.actor) {
    const pattern = likePattern(input.actor);
    filters.push(or(ilike(actor.email, pattern), ilike(actor.name, pattern)));
  }
  if (input.action) filters.push(eq(auditLog.action, input.action));
  if (input.from) filters.push(gte(auditLog.createdAt, new Date(input.from)));
  if (input.to) filters.push(lte(auditLog.createdAt, new Date(input.to)));
  return and(...filters);
}

/**
 * One page of the audit log, newest first, with the actor's and (for people) the target's name,
 * the number of matching rows, and every action that occurs (for the filter's choices).
 */
export async function listAudit(db: Database, input: ListAuditInput) {
  const where = filtersFor(input);
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.createdAt,
      action: auditLog.action,
      actorName: actor.name,
      actorEmail: actor.email,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      targetName: sql<string | null>`coalesce(${target.name}, ${target.email})`,
      details: auditLog.details,
      ip: auditLog.ip,
    })
    .from(auditLog)
    .leftJoin(actor, eq(actor.id, auditLog.actorId))
    .leftJoin(
      target,
      and(eq(auditLog.targetType, "user"), eq(sql`${target.id}::text`, auditLog.targetId)),
    )
    .where(where)
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((input.page - 1) * AUDIT_PAGE_SIZE);
  const [total] = await db
    .select({ n: count() })
    .from(auditLog)
    .leftJoin(actor, eq(actor.id, auditLog.actorId))
    .where(where);
  const actions = await db
    .selectDistinct({ action: auditLog.action })
    .from(auditLog)
    .orderBy(auditLog.action);
  return {
    rows,
    total: total?.n ?? 0,
    page: input.page,
    pageSize: AUDIT_PAGE_SIZE,
    actions: actions.map((row) => row.action),
  };
}
