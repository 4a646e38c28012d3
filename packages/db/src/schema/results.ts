import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { courses, quizzes } from "./content";

/**
 * One row per quiz with submitted attempts: a counter bumped in the submit transaction. Cached
 * results name the stamps they were computed from, so a cache entry is current exactly while
 * no attempt of its quizzes was submitted since (docs/decisions/0032).
 */
export const resultStamps = pgTable("result_stamps", {
  quizId: uuid("quiz_id")
    .primaryKey()
    .references(() => quizzes.id, { onDelete: "cascade" }),
  courseId: uuid("course_id")
    .notNull()
    .references(() => courses.id, { onDelete: "cascade" }),
  submitted: integer("submitted").notNull().default(0),
  changedAt: timestamp("changed_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

/** Computed results views, keyed by view and filter, valid while `stamp` is current. */
export const resultCache = pgTable(
  "result_cache",
  {
    key: text("key").primaryKey(),
    stamp: text("stamp").notNull(),
    payload: jsonb("payload").notNull(),
    computedAt: timestamp("computed_at", { withTimezone: true, mode: "date" })
      .notNull()
      .defaultNow(),
  },
  (table) => [index().on(table.computedAt)],
);
