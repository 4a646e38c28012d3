import { bigserial, boolean, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";

/**
 * Every password sign-in, kept for the brute-force limit (counted per account and per client
 * address over a window). In the database, so the limit holds across any number of app instances.
 */
export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    /** The normalised email that was tried (whether or not such an account exists). */
    email: text("email").notNull(),
    ip: text("ip").notNull(),
    succeeded: boolean("succeeded").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [index().on(table.email, table.createdAt), index().on(table.ip, table.createdAt)],
);

/** Who did what, when: sign-in failures, role changes, disabled users, publishing, regrades. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    /** The signed-in user who acted; null for anonymous events such as a failed sign-in. */
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    targetType: text("target_type"),
    targetId: text("target_id"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    ip: text("ip"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [index().on(table.createdAt), index().on(table.action, table.createdAt), index().on(table.targetType, table.targetId)],
);
