import { auditLog } from "@soleus/db/schema";
import type { Executor } from "./db-types";

export type AuditAction =
  | "sign_in.failed"
  | "sign_in.throttled"
  | "sign_up.requested"
  | "email_link.limited"
  | "password.reset_requested"
  | "password.reset"
  | "user.created"
  | "user.role_changed"
  | "user.disabled"
  | "user.enabled"
  | "user.signed_out_everywhere"
  | "admin.first_created"
  | "content.published"
  | "content.unpublished"
  | "content.restored"
  | "content.source_taken"
  | "course.archived"
  | "course.unarchived"
  | "course.coach_assigned"
  | "course.coach_unassigned"
  | "course.spelling_words_changed"
  | "attempt.regraded"
  | "regrade.started"
  | "accommodation.set"
  | "accommodation.removed";

export interface AuditEntry {
  actorId: string | null;
  action: AuditAction;
  targetType?: string;
  targetId?: string;
  details?: Record<string, unknown>;
  ip?: string | null;
  at?: Date;
}

/** Appends one line to the audit log (who, what, when). Runs in the caller's transaction when given one. */
export async function recordAudit(db: Executor, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    details: entry.details ?? {},
    ip: entry.ip ?? null,
    ...(entry.at ? { createdAt: entry.at } : {}),
  });
}
