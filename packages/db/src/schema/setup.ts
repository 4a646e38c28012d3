import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * One-time codes the run command prints in its log (today only "first-admin"): whoever opens
 * the setup page must also be able to read the server's log or data directory. Only the
 * code's hash is stored; the row is deleted once it has been used.
 */
export const setupCodes = pgTable("setup_codes", {
  purpose: text("purpose").primaryKey(),
  codeHash: text("code_hash").notNull(),
  failedAttempts: integer("failed_attempts").notNull().default(0),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
});
