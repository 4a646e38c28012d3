import {
  bigint,
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { users } from "./auth";

/**
 * The counters of every sign-in, sign-up and email limit, in the layout rate-limiter-flexible's
 * PostgreSQL store reads and writes (key, points, expiry in epoch milliseconds). In the database,
 * so the limits hold across any number of app instances.
 */
export const rateLimits = pgTable("rate_limits", {
  key: varchar("key", { length: 255 }).primaryKey(),
  points: integer("points").notNull().default(0),
  expire: bigint("expire", { mode: "number" }),
});

/**
 * Single-use links sent by email: a password reset, or the confirmation that finishes a sign-up.
 * Only the SHA-256 of the token is kept (a leaked table opens nothing); `usedAt` makes it single use.
 */
export const emailTokens = pgTable(
  "email_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    purpose: text("purpose", { enum: ["password_reset", "sign_up"] }).notNull(),
    /** The normalised email the link was sent to. */
    email: text("email").notNull(),
    /** The account a reset is for; null for a sign-up that has no account yet. */
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    /** What a sign-up confirmation creates: the name and the password's hash, never the password. */
    payload: jsonb("payload").$type<Record<string, string>>().notNull().default({}),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true, mode: "date" }),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [index().on(table.email, table.purpose)],
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
  (table) => [
    index().on(table.createdAt),
    index().on(table.action, table.createdAt),
    index().on(table.targetType, table.targetId),
  ],
);
