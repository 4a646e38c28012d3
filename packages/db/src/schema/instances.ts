import { pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Each running app process records itself here at start and on every health check,
 * so an operator (and the end-to-end test) can see which instances share this database.
 */
export const appInstances = pgTable("app_instances", {
  instanceId: text("instance_id").primaryKey(),
  app: text("app").notNull(),
  startedAt: timestamp("started_at", { withTimezone: true, mode: "date" }).notNull(),
  lastSeenAt: timestamp("last_seen_at", { withTimezone: true, mode: "date" })
    .notNull()
    .defaultNow(),
});
