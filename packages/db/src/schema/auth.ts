import {
  doublePrecision,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";

export const roleEnum = pgEnum("role", ["learner", "coach", "admin"]);
export type Role = (typeof roleEnum.enumValues)[number];

/** The two apps: every session belongs to the one that issued it (docs/decisions/0017). */
export const appEnum = pgEnum("app_name", ["web", "admin"]);
export type AppName = (typeof appEnum.enumValues)[number];

/** One user table for both apps. Column names follow Auth.js's adapter model. */
export const users = pgTable("users", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name"),
  email: text("email").notNull().unique(),
  emailVerified: timestamp("email_verified", { withTimezone: true, mode: "date" }),
  image: text("image"),
  role: roleEnum("role").notNull().default("learner"),
  passwordHash: text("password_hash"),
  /** Bumped to revoke every session of the user on their next request. */
  sessionVersion: integer("session_version").notNull().default(1),
  disabledAt: timestamp("disabled_at", { withTimezone: true, mode: "date" }),
  /**
   * Extra time on timed quizzes as a multiplier (1.5 = half as long again); null = the quiz's
   * own limit. An accommodation that admins set per learner.
   */
  timeMultiplier: doublePrecision("time_multiplier"),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

export const accounts = pgTable(
  "accounts",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refreshToken: text("refresh_token"),
    accessToken: text("access_token"),
    expiresAt: integer("expires_at"),
    tokenType: text("token_type"),
    scope: text("scope"),
    idToken: text("id_token"),
    sessionState: text("session_state"),
  },
  (table) => [primaryKey({ columns: [table.provider, table.providerAccountId] })],
);

/**
 * Database sessions. `session_token` holds the SHA-256 of the cookie's token (a leaked table
 * signs nobody in); `session_version` must equal the user's for the session to count.
 */
export const sessions = pgTable(
  "sessions",
  {
    sessionToken: text("session_token").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expires: timestamp("expires", { withTimezone: true, mode: "date" }).notNull(),
    sessionVersion: integer("session_version").notNull().default(1),
    /** The app that issued the session; the other app refuses it. */
    app: appEnum("app").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [index().on(table.userId)],
);

export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: timestamp("expires", { withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.identifier, table.token] })],
);
